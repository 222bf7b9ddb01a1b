"""policyextract.load: typed frames and facts joined to places, regions and sectors."""

import pandas as pd
import pyarrow.parquet as pq
import pytest

from policyextract.load import Tables, load


@pytest.fixture(scope="module")
def tables(seeds_out) -> Tables:
    return load(seeds_out)


def test_every_table_is_a_dataframe(tables):
    for name in ("documents", "mentions", "facts", "places", "regions", "sectors", "agencies", "errors"):
        assert isinstance(getattr(tables, name), pd.DataFrame), name


def test_years_are_nullable_int16(tables):
    assert tables.facts["deadline"].dtype == "Int16"
    assert tables.mentions["value"].dtype == "Int16"
    assert tables.facts["deadline"].isna().any() and tables.facts["deadline"].notna().any()


def test_repeating_columns_are_categorical(tables):
    for frame, column in [
        (tables.facts, "place_level"), (tables.facts, "sector"), (tables.facts, "sector_group"),
        (tables.facts, "document"), (tables.mentions, "label"), (tables.mentions, "method"),
        (tables.places, "level"), (tables.sectors, "group"),
    ]:
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), column


def test_facts_keep_rows_and_order_of_the_parquet_file(tables, seeds_out):
    raw = pq.read_table(seeds_out / "facts.parquet").to_pandas()
    assert tables.facts["fact_id"].tolist() == raw["fact_id"].tolist()


def test_facts_joined_to_places(tables):
    wuhan = tables.facts[tables.facts["place"] == "Wuhan"].iloc[0]
    assert wuhan["prefecture"] == "Wuhan" and wuhan["province_id"] == "420000"
    assert 30 < wuhan["lat"] < 31 and 114 < wuhan["lon"] < 115
    assert "region:central-china" in wuhan["regions"]
    assert wuhan["coordinates"] == "place"


def test_region_facts_sit_at_the_centroid_of_members(tables):
    fact = tables.facts[tables.facts["place_id"] == "region:central-china"].iloc[0]
    members = tables.regions.set_index("region_id").at["region:central-china", "members"]
    coords = tables.places.set_index("place_id").loc[list(members), ["lat", "lon"]].mean()
    assert fact["lat"] == pytest.approx(coords["lat"]) and fact["lon"] == pytest.approx(coords["lon"])
    assert list(fact["regions"]) == ["region:central-china"] and fact["coordinates"] == "region_centroid"


def test_facts_joined_to_sectors(tables):
    sectors = tables.sectors.set_index("sector_id")
    for fact in tables.facts.itertuples():
        assert fact.sector_group == sectors.at[fact.sector_id, "group"]
    assert tables.facts["sector_group"].notna().all()


def test_missing_folder_says_how_to_make_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="policyextract run"):
        load(tmp_path)


@pytest.mark.parametrize(
    "sentence, zone_id",
    [("The Jiangyin High-tech Zone will develop special steel.", "zone:320281/jiangyin-high-tech-zone"),
     ("Zhutang town in Jiangyin will develop special steel.", "town:320281/zhutang")],
    ids=["zone", "town"],
)
def test_zone_facts_sit_at_the_place_they_are_named_after(tmp_path, sentence, zone_id):
    from policyextract.run import run_folder

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.txt").write_text(f"Plan\n\n{sentence}\n")
    run_folder(tmp_path / "in", tmp_path / "out")
    tables = load(tmp_path / "out")
    fact = tables.facts.iloc[0]
    jiangyin = tables.places.set_index("place_id").loc["320281"]
    assert (fact["place_id"], fact["place"], fact["zone_id"]) == ("320281", "Jiangyin", zone_id)
    assert (fact["lat"], fact["lon"], fact["coordinates"]) == (jiangyin["lat"], jiangyin["lon"], "place")
    assert fact["province_id"] == "320000" and fact["prefecture"] == "Wuxi"
