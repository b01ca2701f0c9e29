"""Readers of source documents, one module per concern; :mod:`termsmith.reader` is the entry point.

* :mod:`~termsmith.readers.encoding` turns bytes into text: UTF-8 (with or
  without BOM), UTF-16/32 with BOM, and the legacy encodings of translation
  desks (GB18030, Big5, Windows-1252) detected or named with ``--encoding``;
* :mod:`~termsmith.readers.script` tells Chinese lines from English ones;
* :mod:`~termsmith.readers.zh` reads a Chinese transcript of the genre;
* :mod:`~termsmith.readers.bilingual` splits a page that alternates Chinese
  and English paragraphs into its two sides.

The English transcript parser lives in :mod:`termsmith.reader` itself, which
detects the language of a file and routes it.
"""
