"""Every knowledge file under ``eventcoder/data`` is valid YAML with no key given
twice in one mapping: PyYAML keeps the last of two equal keys without a word, so a
word list added under a name already in use would silently replace the first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import eventcoder

DATA = Path(eventcoder.__file__).resolve().parent / "data"
FILES = sorted(DATA.rglob("*.yaml"))


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping with the same key twice."""


def _mapping_without_repeats(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> Any:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice (first on line {seen[key] + 1})",
                key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                 _mapping_without_repeats)


def test_the_package_ships_its_knowledge_files() -> None:
    names = {path.name for path in FILES}
    assert {"triggers.yaml", "filters.yaml", "typing.yaml", "casualties.yaml"} <= names
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_key_is_given_twice(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        yaml.load(handle, Loader=_UniqueKeyLoader)  # noqa: S506 (a SafeLoader subclass)


def test_a_repeated_key_is_caught() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="given twice"):
        yaml.load("words: [a]\nother: [b]\nwords: [c]\n", Loader=_UniqueKeyLoader)  # noqa: S506
