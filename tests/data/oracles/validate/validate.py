#!/usr/bin/env python3
"""Validate TBX / TMX files against the official schemas kept in tests/data/standards.

    python validate.py FILE KIND      KIND: tbx3-basic | tbx3-core | tbx3-min | tbx2-basic | tmx14
    python validate.py --self-test    check every schema loads and every sample in
                                      tests/data/standards/samples gives its expected verdict

Needs lxml. Schematron is run by up to two engines:
  lxml    lxml.isoschematron (XSLT 1). It refuses queryBinding="xslt2", which every
          TBX v3 .sch declares, so the schema is downgraded in memory first:
          queryBinding -> xslt, matches(@target,'https?://.+') -> contains(...) test,
          './local-name()' -> 'local-name()'. <report> hits count as errors unless
          role="info"/"warning" (lxml's default counts failed asserts only, which would
          silently pass TBX-Basic V4, whose picklist checks are all <report>s).
  xpath2  a small ISO Schematron interpreter on Saxon-HE (pip install saxonche), with
          real XPath 3.1, run on the unmodified .sch. Skipped if saxonche is missing.
Exit status: 0 all checks passed, 1 some check failed, 2 usage/setup error.
"""
import json
import os
import re
import sys

from lxml import etree, isoschematron

HERE = os.path.dirname(os.path.abspath(__file__))
STD = os.path.normpath(os.path.join(HERE, "..", "..", "standards"))
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"

# (checker, path under tests/data/standards)
KINDS = {
    "tbx3-basic": [("rng", "tbx-v3/core/core_schema.rng"),
                   ("rng", "tbx-v3/core/TBXcoreStructV03.rng"),
                   ("sch", "tbx-v3/basic-v4/basic_schema.sch"),
                   ("sch", "tbx-v3/basic-v1.2.1/TBX-Basic_DCA.sch")],
    "tbx3-core": [("rng", "tbx-v3/core/core_schema.rng"),
                  ("rng", "tbx-v3/core/TBXcoreStructV03.rng"),
                  ("rng", "tbx-v3/core-dialect-v1/TBXcoreStructV03_TBX-Core_integrated.rng"),
                  ("sch", "tbx-v3/core-dialect-v1/TBX-Core.sch")],
    "tbx3-min": [("rng", "tbx-v3/core/core_schema.rng"),
                 ("rng", "tbx-v3/core/TBXcoreStructV03.rng"),
                 ("sch", "tbx-v3/min-v1/TBX-Min_DCA.sch")],
    "tbx2-basic": [("rng", "tbx-v2/basic/TBXBasicRNGV02.rng"),
                   ("dtd", "tbx-v2/basic/TBXBasiccoreStructV02.dtd"),
                   ("rng", "tbx-v2/default/TBXcoreStructV02.rng"),
                   ("dtd", "tbx-v2/default/TBXcoreStructV02.dtd")],
    "tmx14": [("dtd", "tmx/tmx14.dtd")],
}

# sample file -> (kind, expected overall validity)
SAMPLES = {
    "tbx3-basic-valid.tbx": ("tbx3-basic", True),
    "tbx3-basic-invalid-picklist.tbx": ("tbx3-basic", False),
    "tbx3-invalid-v2-names.tbx": ("tbx3-basic", False),
    "tbx3-core-valid.tbx": ("tbx3-core", True),
    "tbx3-min-valid.tbx": ("tbx3-min", True),
    "tbx2-basic-valid.tbx": ("tbx2-basic", True),
    "tbx2-basic-invalid.tbx": ("tbx2-basic", False),
    "tmx14-valid.tmx": ("tmx14", True),
    "tmx14-invalid-header.tmx": ("tmx14", False),
    "tmx14-invalid-tuv.tmx": ("tmx14", False),
}
# finer expectations: (sample, schema path) -> valid?  (the rest follow the overall verdict)
EXPECT_DETAIL = {
    ("tbx3-basic-invalid-picklist.tbx", "tbx-v3/core/core_schema.rng"): True,
    ("tbx3-basic-invalid-picklist.tbx", "tbx-v3/core/TBXcoreStructV03.rng"): True,
}

_cache = {}


def _parse(path):
    return etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))


def load_schema(kind, rel):
    key = (kind, rel)
    if key in _cache:
        return _cache[key]
    path = os.path.join(STD, rel)
    if kind == "rng":
        obj = etree.RelaxNG(_parse(path))
    elif kind == "dtd":
        obj = etree.DTD(path)
    else:
        obj = downgrade_sch(path)
    _cache[key] = obj
    return obj


def downgrade_sch(path):
    text = open(path, encoding="utf-8-sig").read()
    text = text.replace('queryBinding="xslt2"', 'queryBinding="xslt"')
    text = text.replace("matches(@target,'https?://.+')",
                        "(contains(@target,'http://') or contains(@target,'https://'))")
    text = text.replace("./local-name()", "local-name()")
    tree = etree.XML(text.encode("utf-8"))
    return isoschematron.Schematron(tree, store_report=True,
                                    error_finder=isoschematron.Schematron.ASSERTS_AND_REPORTS)


def svrl_errors(report):
    errs = []
    for el in report.iter("{%s}failed-assert" % SVRL_NS, "{%s}successful-report" % SVRL_NS):
        if el.get("role") in ("info", "warning"):
            continue
        text = " ".join("".join(el.itertext()).split())
        errs.append("%s @ %s" % (text, el.get("location")))
    return errs


def check_lxml(kind, rel, doc):
    schema = load_schema(kind, rel)
    if kind == "dtd":
        ok = schema.validate(doc)
        return [str(e) for e in schema.error_log] if not ok else []
    if kind == "rng":
        ok = schema.validate(doc)
        return [str(e) for e in schema.error_log] if not ok else []
    schema.validate(doc)
    return svrl_errors(schema.validation_report)


def _split_union(expr):
    parts, depth, quote, cur = [], 0, None, ""
    for ch in expr:
        if quote:
            quote = None if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def check_xpath2(rel, doc_tree, proc):
    """Minimal ISO Schematron: <ns>, <pattern>, <rule context>, <assert>, <report>;
    within a pattern a node is handled by the first rule whose context matches it."""
    sch = _parse(os.path.join(STD, rel)).getroot()
    ns = {n.get("prefix"): n.get("uri") for n in sch.iter("{%s}ns" % SCH_NS)}
    # hand Saxon the root element as text: a DOCTYPE naming an absent DTD would
    # otherwise make it fail with an I/O error
    doc = proc.parse_xml(xml_text=etree.tostring(doc_tree.getroot(), encoding="unicode"))

    def xp(ctx):
        x = proc.new_xpath_processor()
        for p, u in ns.items():
            x.declare_namespace(p, u)
        x.set_context(xdm_item=ctx)
        return x

    errs = []
    for pat in sch.iter("{%s}pattern" % SCH_NS):
        seen = set()
        for rule in pat.findall("{%s}rule" % SCH_NS):
            sel = " | ".join(c if c.startswith("/") else "//" + c
                             for c in _split_union(rule.get("context")))
            res = xp(doc).evaluate(sel)
            for i in range(res.size if res is not None else 0):
                node = res.item_at(i)
                nx = xp(node)
                nid = str(nx.evaluate_single("generate-id(.)"))
                if nid in seen:
                    continue
                seen.add(nid)
                for t in rule:
                    if not isinstance(t.tag, str):
                        continue
                    name = etree.QName(t).localname
                    if name not in ("assert", "report") or t.get("role") in ("info", "warning"):
                        continue
                    val = nx.effective_boolean_value(t.get("test"))
                    if (name == "assert" and not val) or (name == "report" and val):
                        text = " ".join("".join(t.itertext()).split())
                        where = str(nx.evaluate_single("path(.)"))
                        errs.append("%s @ %s" % (text, where))
    return errs


def saxon():
    try:
        from saxonche import PySaxonProcessor
    except ImportError:
        return None
    return PySaxonProcessor(license=False)


def validate(path, kind_name, proc=None, quiet=False):
    """Returns {schema rel path (+engine): [errors]}."""
    results = {}
    try:
        doc = _parse(path)
    except etree.XMLSyntaxError as e:
        return {"well-formed": [str(e)]}
    for kind, rel in KINDS[kind_name]:
        if kind == "sch":
            results[rel + " [lxml]"] = check_lxml(kind, rel, doc)
            if proc is not None:
                results[rel + " [xpath2]"] = check_xpath2(rel, doc, proc)
        else:
            results[rel] = check_lxml(kind, rel, doc)
    if not quiet:
        for key, errs in results.items():
            print("  %-4s %s" % ("OK" if not errs else "FAIL", key))
            for e in errs[:5]:
                print("         - " + e[:220])
    return results


def self_test():
    proc = saxon()
    if proc is None:
        print("note: saxonche not installed; xpath2 Schematron engine skipped")
    bad = 0
    for rels in KINDS.values():
        for kind, rel in rels:
            try:
                load_schema(kind, rel)
                print("loads  %s (%s)" % (rel, "isoschematron, downgraded" if kind == "sch" else kind))
            except Exception as e:  # noqa: BLE001
                bad += 1
                print("LOAD FAIL %s: %r" % (rel, e))
    sdir = os.path.join(STD, "samples")
    for name, (kind_name, expect) in SAMPLES.items():
        print("%s as %s (expect %s)" % (name, kind_name, "valid" if expect else "invalid"))
        res = validate(os.path.join(sdir, name), kind_name, proc)
        overall = all(not e for e in res.values())
        if overall != expect:
            bad += 1
            print("  !! overall verdict %s, expected %s" % (overall, expect))
        for key, errs in res.items():
            rel = key.split(" [")[0]
            want = EXPECT_DETAIL.get((name, rel))
            if want is not None and (not errs) != want:
                bad += 1
                print("  !! %s gave %s, expected %s" % (key, not errs, want))
        if not expect:  # both Schematron engines must agree
            for key in [k for k in res if k.endswith("[lxml]")]:
                other = key.replace("[lxml]", "[xpath2]")
                if other in res and bool(res[key]) != bool(res[other]):
                    bad += 1
                    print("  !! engines disagree on %s" % key)
    print("%d passed, %d failed" % (len(SAMPLES), bad) if bad else "%d passed, 0 failed" % len(SAMPLES))
    return 1 if bad else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 3 or argv[2] not in KINDS:
        print(__doc__)
        return 2
    res = validate(argv[1], argv[2], saxon())
    return 0 if all(not e for e in res.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
