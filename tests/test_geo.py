"""Distances on the globe (used by merging and by the location scorers)."""

from __future__ import annotations

import pytest

from eventcoder.geo import haversine_km


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 0.0), 0.0),
        # one degree of latitude is about 111.2 km anywhere
        ((10.0, 30.0), (11.0, 30.0), 111.2),
        # one degree of longitude shrinks with the cosine of the latitude
        ((60.0, 30.0), (60.0, 31.0), 55.6),
        # Nairobi to Mombasa, about 440 km as the crow flies
        ((-1.286, 36.817), (-4.043, 39.668), 440.0),
        # antipodes: half the circumference
        ((0.0, 0.0), (0.0, 180.0), 20015.1),
    ],
)
def test_haversine_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=1.0)
    assert haversine_km(*b, *a) == pytest.approx(haversine_km(*a, *b))
