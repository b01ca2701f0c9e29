"""Tests for termsmith.numbers: parsing English quantities and checking conversions."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith.numbers import Quantity, close_enough, parse, roughly, rounded_step


@pytest.mark.parametrize(("text", "value", "decimals"), [
    ("7", 7, 0),
    ("1,000", 1_000, 0),
    ("12,345,678", 12_345_678, 0),
    ("3.14", 3.14, 2),
    ("1,234.5", 1_234.5, 1),
    ("258 million", 258e6, 0),
    ("17.2 million", 17.2e6, 1),
    ("155.76 billion", 155.76e9, 2),
    ("1.2 trillion", 1.2e12, 1),
    ("3 hundred thousand", 3e5, 0),
    ("nine", 9, 0),
    ("Eighteen", 18, 0),
    ("forty", 40, 0),
    ("twenty-five", 25, 0),
    ("ninety nine", 99, 0),
    ("nine million", 9e6, 0),
    ("  36\n billion ", 36e9, 0),
    ("a thousand", 1e3, 0),
    ("A hundred", 100, 0),
    ("an hundred thousand", 1e5, 0),
])
def test_parse(text: str, value: float, decimals: int) -> None:
    q = parse(text)
    assert q.value == pytest.approx(value)
    assert q.decimals == decimals


@pytest.mark.parametrize("text", [
    "", "   ", "million", "about 5", "5 mu", "1.2 billion jin", "abc", "1,00", ".5",
    "1.2.3", "$5", "five-nine", "nine-nine", "ten twenty", "twenty-zero", "-3",
    "a", "a ten", "an nine", "a thousandfold",
])
def test_parse_rejects_what_is_not_a_quantity(text: str) -> None:
    with pytest.raises(ValueError, match="not a quantity"):
        parse(text)


@pytest.mark.parametrize(("text", "resolution"), [
    ("17.2 million", 1e5),
    ("258 million", 1e6),
    ("77.88 billion", 1e7),
    ("1,000", 1.0),
    ("0.5", 0.1),
])
def test_resolution_is_the_last_written_digit(text: str, resolution: float) -> None:
    assert parse(text).resolution == pytest.approx(resolution)


@pytest.mark.parametrize(("expected", "written", "ok"), [
    # 258 million mu at 15 mu to the hectare is 17.2 million hectares to one decimal.
    (258e6 / 15, "17.2 million", True),
    (258e6 / 15, "18.2 million", False),
    (258e6 / 15, "17 million", True),       # rounded to whole millions, still right
    (258e6 / 15, "17.3 million", False),
    # 155.76 billion jin at 0.5 kg per jin.
    (155.76e9 / 2, "77.88 billion", True),
    (155.76e9 / 2, "77.9 billion", True),
    (155.76e9 / 2, "78.88 billion", False),
    (3000 / 15, "200", True),
    (3000 / 15, "201", False),
])
def test_close_enough_allows_rounding_to_the_precision_written(
        expected: float, written: str, ok: bool) -> None:
    assert close_enough(expected, parse(written)) is ok


def test_quantity_defaults_to_unit_scale() -> None:
    q = Quantity(12.0, 0)
    assert q.scale == 1.0 and q.resolution == 1.0


@given(st.integers(min_value=0, max_value=10**18))
def test_digits_with_thousands_separators_round_trip(n: int) -> None:
    q = parse(f"{n:,}")
    assert q.value == float(n)
    assert q.decimals == 0


@given(st.integers(min_value=0, max_value=999_999),
       st.integers(min_value=1, max_value=4),
       st.sampled_from(["hundred", "thousand", "million", "billion", "trillion"]))
def test_decimal_with_scale_word_is_mantissa_times_scale(
        digits: int, places: int, scale: str) -> None:
    mantissa = f"{digits / 10**places:.{places}f}"
    factor = {"hundred": 1e2, "thousand": 1e3, "million": 1e6,
              "billion": 1e9, "trillion": 1e12}[scale]
    q = parse(f"{mantissa} {scale}")
    assert math.isclose(q.value, float(mantissa) * factor, rel_tol=1e-12)
    assert q.decimals == places
    assert q.resolution == pytest.approx(factor / 10**places)


@given(st.text(max_size=40))
def test_parse_only_ever_raises_value_error(text: str) -> None:
    try:
        q = parse(text)
    except ValueError:
        return
    assert q.value >= 0 and q.decimals >= 0


_TOKENS = [*"0123456789,. -", "nine", "twenty", "zero", "million", "hundred", "ſix", "K"]


@given(st.lists(st.sampled_from(_TOKENS), max_size=8).map("".join))
def test_parse_on_number_like_junk_raises_value_error_or_gives_a_finite_value(text: str) -> None:
    try:
        q = parse(text)
    except ValueError:
        return
    assert math.isfinite(q.value) and q.value >= 0


def test_case_insensitive_match_never_yields_a_silent_zero() -> None:
    # re.IGNORECASE matches "ſ" (long s) as "s"; the value must not drop to 0.
    assert parse("ſix million").value == 6e6


@pytest.mark.parametrize(("text", "step"), [
    ("6,700", 100.0), ("6,667", 1.0), ("40", 10.0), ("100,000", 100_000.0), ("0", 1.0),
    ("17.2 million", 100_000.0), ("3 million", 1_000_000.0), ("2.50", 0.01),
    ("twenty", 10.0), ("seven", 1.0),
])
def test_an_approximate_figure_is_rounded_to_its_last_digit_that_is_not_zero(
        text: str, step: float) -> None:
    assert rounded_step(parse(text)) == pytest.approx(step)


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=0, max_value=6),
       st.floats(min_value=-0.49, max_value=0.49))
def test_roughly_takes_any_value_that_rounds_to_the_figure(head: int, zeros: int,
                                                           off: float) -> None:
    written = head * 10 ** zeros
    step = rounded_step(parse(f"{written:,}"))
    assert roughly(written + off * step, parse(f"{written:,}"))
    assert not roughly(written + 0.51 * step, parse(f"{written:,}"))
