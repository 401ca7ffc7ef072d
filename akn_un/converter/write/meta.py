"""The document's ``<meta>``: its FRBR identification and TLC references."""

from __future__ import annotations

from akn_un.converter.parse.ir import Metadata
from akn_un.converter.write.akn import Out
from akn_un.converter.write.references import SOURCE, References
from akn_un.core.frbr import resolution_iris


def write_meta(
    out: Out, meta: Metadata, refs: References, *, component: str = "main"
) -> None:
    """Write ``<meta>``: FRBR identification and the TLC references.

    An annex (``component="annex_1"``) has the resolution's Work and
    Expression with its own component named in the FRBRthis values, and
    no references of its own.
    """
    kind = meta.document_type
    iris = resolution_iris(
        meta.organ.actor, meta.work_date, meta.frbr_number,
        meta.language, doctype=kind.element, subtype=kind.frbr_subtype,
    )
    source = f"#{SOURCE}"
    organ = refs.ref(meta.organ.key)
    main = component == "main"
    work_this = iris.work_this.replace("!main", f"!{component}")
    expression_this = iris.expression_this.replace("!main", f"!{component}")
    manifestation_this = iris.manifestation_this.replace(
        "!main", f"!{component}"
    )
    out.open("meta")
    out.open("identification", source=source)
    out.open("FRBRWork")
    out.element("FRBRthis", value=work_this)
    out.element("FRBRuri", value=iris.work)
    if main:
        out.element("FRBRalias", value=meta.symbol, name="symbol")
    out.element(
        "FRBRdate", date=meta.work_date.isoformat(), name=kind.work_date
    )
    out.element("FRBRauthor", href=organ, **{"as": refs.ref("author")})
    out.element("FRBRcountry", value="un")
    if main:
        out.element("FRBRsubtype", value=kind.frbr_subtype)
        out.element(
            "FRBRnumber", value=meta.frbr_number, showAs=meta.number
        )
    out.close("FRBRWork")
    out.open("FRBRExpression")
    out.element("FRBRthis", value=expression_this)
    out.element("FRBRuri", value=iris.expression)
    out.element(
        "FRBRdate", date=meta.issued.isoformat(), name="publication"
    )
    out.element("FRBRauthor", href=organ, **{"as": refs.ref("issuer")})
    out.element("FRBRlanguage", language=meta.language)
    out.close("FRBRExpression")
    out.open("FRBRManifestation")
    out.element("FRBRthis", value=manifestation_this)
    out.element("FRBRuri", value=iris.manifestation)
    out.element("FRBRdate", date=meta.markup.isoformat(), name="markup")
    out.element("FRBRauthor", href=source, **{"as": refs.ref("editor")})
    out.close("FRBRManifestation")
    out.close("identification")
    if main and meta.sponsors:
        # who proposes a draft, as the UN's files of drafts give them
        out.open("workflow", source=refs.ref("un"))
        out.element(
            "step", date=meta.issued.isoformat(), outcome=kind.key,
            by=meta.sponsors,
        )  # fmt: skip
        out.close("workflow")
    if main:
        refs.write(out)
    out.close("meta")
