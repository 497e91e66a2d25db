"""The committed data dictionary is the one the schema generates."""
from tests.conftest import PROJECT_ROOT
from warehouse.dictionary import documented_tables, render


def test_data_dictionary_is_up_to_date():
    committed = (PROJECT_ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == render(documented_tables()), "run: .venv/bin/python -m warehouse.dictionary > docs/data-dictionary.md"


def test_every_column_is_described():
    for table in documented_tables():
        assert table.description
        assert all(column.description for column in table.columns), table.name
