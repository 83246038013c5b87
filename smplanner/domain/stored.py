"""How a value is kept in a plan's DataFrame, by the kind of its column.

Numbers are floats (NaN for empty) so a column of them stays numeric; lists are tuples;
text and choices are strings ("" for empty); dates are dates or None.
"""

from __future__ import annotations

import math
from typing import Any, cast

import numpy as np
import pandas as pd

from smplanner.domain.schema import Column, Kind


def stored_column(column: Column, values: list[Any]) -> pd.Series:
    """A column's values as stored, a whole column at a time (large tables load fast)."""
    if column.kind in (Kind.NUMBER, Kind.INTEGER):
        return pd.Series([math.nan if v is None else v for v in values], dtype="float64")
    if column.kind in (Kind.TEXT, Kind.CHOICE):
        return pd.Series(["" if v is None else v for v in values], dtype="object")
    return pd.Series([stored(column, v) for v in values], dtype=dtype(column))


def stored_array(column: Column, values: np.ndarray[Any, Any]) -> pd.Series:
    """A column of coerced values (an object array, as :func:`coerce` gives them) as
    stored, without a Python step per value: what a large workbook's reader hands over."""
    if column.kind in (Kind.NUMBER, Kind.INTEGER):
        return pd.Series(values.astype("float64"))  # None -> NaN
    if column.kind is Kind.BOOL:
        return pd.Series(values.astype(bool))
    return pd.Series(values, dtype="object")


def records_of(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A stored table's rows as records, None for an empty number."""
    plain = frame.astype(object).where(frame.notna(), None)
    return cast(list[dict[str, Any]], plain.to_dict("records"))


def stored(column: Column, value: Any) -> Any:
    """One value as stored."""
    if column.kind in (Kind.NUMBER, Kind.INTEGER):
        return math.nan if value is None else float(value)
    if column.kind is Kind.LIST:
        return tuple(value) if value else ()
    if column.kind is Kind.BOOL:
        return bool(value)
    if column.kind is Kind.DATE:
        return value or None
    return "" if value is None else value


def dtype(column: Column) -> str:
    """The pandas dtype of a column of this kind."""
    if column.kind in (Kind.NUMBER, Kind.INTEGER):
        return "float64"
    if column.kind is Kind.BOOL:
        return "bool"
    return "object"
