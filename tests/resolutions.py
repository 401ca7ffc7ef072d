"""Resolution texts for tests, written in the form the seed has."""

from __future__ import annotations

GA_HEAD = """General Assembly

Distr.: General
28 December 2020

Seventy-fifth session

Agenda item 111

Crime prevention and criminal justice

Resolution adopted by the General Assembly on 16 December 2020

[*on the report of the Third Committee (A/75/479, para. 20)*]

75/196. A title of the resolution

The General Assembly,
"""

GA_CLOSE = """
*46th plenary meeting
16 December 2020*
"""


def ga(body: str, *, head: str = GA_HEAD, close: str = GA_CLOSE) -> str:
    """A GA resolution with the seed's masthead around ``body``."""
    return f"{head}\n{body.strip()}\n{close}"


SC = """Security Council

Distr.: General
10 January 2020

Resolution 2504 (2020)

Adopted by the Security Council at its 8700th meeting, on 10 January 2020

The Security Council,

Recalling its resolutions 2042 (2012), 2043 (2012) and 2118 (2013),

Reaffirming its strong commitment to the sovereignty of the Syrian Arab Republic,

1. *Decides* to renew the decisions in paragraph 2 of resolution 2165 (2014);

2. *Decides* to remain actively seized of the matter.
"""

ECOSOC = """Economic and Social Council

Distr.: General
15 June 2021

2021 session

Agenda item 19 (b)

Social and human rights questions: social development

Resolution adopted by the Economic and Social Council on 8 June 2021

[on the recommendation of the Commission for Social Development (E/2021/26)]

2021/10. Socially just transition towards sustainable development

The Economic and Social Council,

Recalling its decision 2020/212 of 18 June 2020,

1. *Encourages* Member States to take action;

2. *Requests* the Secretary-General to report.

*8th plenary meeting
8 June 2021*
"""

HRC = """General Assembly

Distr.: General
13 October 2023

Original: English

Human Rights Council

Fifty-fourth session

Agenda item 3

Promotion and protection of all human rights

Resolution adopted by the Human Rights Council on 11 October 2023

54/10. Mandate of Special Rapporteur on toxics and human rights

The Human Rights Council,

Guided by the Charter of the United Nations,

Bearing in mind paragraph 6 of General Assembly resolution 60/251 of 15 March 2006,

1. *Decides* to extend the mandate of the Special Rapporteur;

*46th meeting
11 October 2023*

[Adopted without a vote.]
"""
