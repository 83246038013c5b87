"""Words the user reads, marked for translation, without making the core depend on Qt.

``tr("Deleted {name}")`` returns the text in the user's language once the app has
installed a translator (:func:`use`); until then, and in the command line, English.
``make translations`` finds every ``tr("...")`` in the code (Qt's lupdate reads them), so
the argument must be a literal: put values in with ``.format()`` after translating.
``%n`` in a counted text, ``tr("%n row(s)", "", count)``, becomes the number, in the
language's plural form.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, int], str]


def english_plural(source: str, count: int) -> str:
    """ "%n row(s)" with 1 -> "1 row", with 3 -> "3 rows"."""
    if count < 0:
        return source
    return source.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")


_translate: Translate = english_plural


def use(translate: Translate) -> None:
    """Translate from now on with ``translate`` (the GUI installs Qt's)."""
    global _translate
    _translate = translate


def tr(source: str, disambiguation: str | int = "", count: int = -1) -> str:
    """``source`` in the user's language; ``count`` picks the plural form of ``%n``.

    Counted texts are written ``tr("%n row(s)", "", count)``: Qt's lupdate records a text
    as plural only when the count is the third argument (the second is a note that tells
    two identical English texts apart, normally empty).
    """
    if isinstance(disambiguation, int):  # tr(text, count): still counted, never plural in .ts
        count = disambiguation
    return _translate(source, count)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name Qt's lupdate reads
    """Mark ``source`` for translation where it is defined (a schema's column title, a
    constant); translate it with :func:`tr` where it is shown. ``context`` is always ""."""
    return source
