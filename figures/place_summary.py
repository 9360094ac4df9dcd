"""Document totals per place: ``figures summarize --by country`` (or ``admin1``).

The figure table's rows of one document are split by their ``country`` (or
``admin1``) column and each part is summed up by ``figures.summary.summarize``
with the same profile and rules, so that "5 killed in Kano and 7 in Kaduna"
in a report that also counts "3 killed in Niamey" gives Nigeria 12 and Niger
3. Rows with no place form a part of their own (the column empty).

>>> import figures
>>> text = "Gunmen killed 5 people in Kano, Nigeria. In Niamey, Niger, 3 people were killed."
>>> table = figures.extract(text, doc_id="d1")
>>> totals = summarize_by(table, "country", texts={"d1": text})
>>> totals[["doc_id", "category", "value", "country"]].values.tolist()
[['d1', 'killed', 5, 'NGA'], ['d1', 'killed', 3, 'NER']]
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from figures.summary import Profile, empty_summary, summarize

BY: tuple[str, ...] = ("country", "admin1")


def empty_by(by: str) -> pd.DataFrame:
    """The per-place summary with no rows: the summary's columns, then ``by``."""
    return empty_summary().assign(**{by: pd.Series([], dtype="string")})


def summarize_by(
    table: pd.DataFrame, by: str, profile: str | Profile = "raw", texts: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per document, category and place (``by``: country or admin1), in document order,
    then the order in which the document's places first appear."""
    if by not in BY:
        raise ValueError(f"--by must be one of {', '.join(BY)}, not {by!r}")
    if table.empty:
        return empty_by(by)
    if by not in table.columns:
        raise KeyError(f"the figure table has no column {by!r}")
    places = table[by].astype("string").fillna("")
    order = {doc: i for i, doc in enumerate(dict.fromkeys(table["doc_id"].astype(str)))}
    parts = []
    for rank, place in enumerate(dict.fromkeys(places)):
        part = summarize(table[places == place], profile, texts)
        if len(part):
            parts.append(
                part.assign(
                    **{by: pd.Series([place or pd.NA] * len(part), dtype="string", index=part.index)}, _rank=rank
                )
            )
    if not parts:
        return empty_by(by)
    out = pd.concat(parts, ignore_index=True)
    out["_doc"] = out["doc_id"].astype(str).map(order)
    out = out.sort_values(["_doc", "_rank"], kind="stable").drop(columns=["_doc", "_rank"]).reset_index(drop=True)
    return out.astype(empty_by(by).dtypes.to_dict())
