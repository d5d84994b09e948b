"""Data flows one way: read -> annotate -> extract -> resolve -> merge -> store/write.

These tests read each module's imports (without importing it) and fail when a
module reaches back up the flow, so a newcomer can rely on the layout.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventcoder"

# Modules every stage may read; they import nothing from eventcoder but the
# record types and the taxonomy (which the schema validates against).
LEAVES = ("eventcoder.text", "eventcoder.geo", "eventcoder.schema", "eventcoder.taxonomy",
          "eventcoder.alternation", "eventcoder.resolve.numbers")
LEAF_IMPORTS = {"eventcoder.schema", "eventcoder.taxonomy"}

# What each layer must never import: the stages after it and the front ends.
FORBIDDEN = {
    "eventcoder.extract": ("eventcoder.merge", "eventcoder.pipeline", "eventcoder.store",
                           "eventcoder.io", "eventcoder.cli", "eventcoder.evaluate"),
    "eventcoder.resolve": ("eventcoder.merge", "eventcoder.pipeline", "eventcoder.store",
                           "eventcoder.io", "eventcoder.cli", "eventcoder.evaluate"),
    "eventcoder.merge": ("eventcoder.pipeline", "eventcoder.store", "eventcoder.io",
                         "eventcoder.cli", "eventcoder.evaluate"),
    # the readers and writers; io.commands is a front end, like cli
    **{f"eventcoder.io.{name}": ("eventcoder.pipeline", "eventcoder.store", "eventcoder.cli",
                                  "eventcoder.extract", "eventcoder.resolve", "eventcoder.merge")
       for name in ("readers", "writers", "feeds", "html")},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("eventcoder")}


MODULES = {_module_name(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_the_package_is_found() -> None:
    assert "eventcoder.pipeline" in MODULES and "eventcoder.text" in MODULES


@pytest.mark.parametrize("leaf", LEAVES)
def test_leaf_modules_import_at_most_the_schema(leaf: str) -> None:
    assert MODULES[leaf] <= LEAF_IMPORTS, MODULES[leaf]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_module_reaches_back_up_the_flow(layer: str) -> None:
    wrong = {
        (module, imported)
        for module, imports in MODULES.items() if _within(module, layer)
        for imported in imports
        if any(_within(imported, banned) for banned in FORBIDDEN[layer])
    }
    assert not wrong, sorted(wrong)


def test_the_rule_catches_a_backward_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from eventcoder.pipeline import code_article\n", encoding="utf-8")
    assert _imports(bad) == {"eventcoder.pipeline"}


# The stages split over several modules keep one direction inside them too: a module
# may import the ones before it in its chain, never one after it.
CHAINS = {
    "typing": ("eventcoder.extract.typing_base", "eventcoder.extract.typing_armed",
               "eventcoder.extract.typing_crowds", "eventcoder.extract.mention_ranking",
               "eventcoder.extract.events"),
    "actors": ("eventcoder.extract.actor_matcher", "eventcoder.extract.actor_candidates",
               "eventcoder.extract.actor_sides", "eventcoder.extract.actors"),
    "filters": ("eventcoder.extract.filters.words", "eventcoder.extract.filters.clauses",
                "eventcoder.extract.filters.history", "eventcoder.extract.filters.statistics",
                "eventcoder.extract.filters.habits", "eventcoder.extract.filters.references",
                "eventcoder.extract.filters.plans", "eventcoder.extract.filters.agreements",
                "eventcoder.extract.filters.status", "eventcoder.extract.filters"),
    "merge": ("eventcoder.merge.words", "eventcoder.merge.sides", "eventcoder.merge.places_dates",
              "eventcoder.merge.figures", "eventcoder.merge.events", "eventcoder.merge.combine",
              "eventcoder.merge.scoring", "eventcoder.merge.folds", "eventcoder.merge.accounts",
              "eventcoder.merge.told_again", "eventcoder.merge.driver", "eventcoder.merge"),
}


@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_a_split_stage_imports_only_its_earlier_modules(chain: str) -> None:
    modules = CHAINS[chain]
    wrong = {
        (module, imported)
        for position, module in enumerate(modules)
        for imported in MODULES[module]
        if imported in modules[position:]
    }
    assert not wrong, sorted(wrong)
    assert all(module in MODULES for module in modules)
