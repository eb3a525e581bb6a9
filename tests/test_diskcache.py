"""The cache folder's entries: written whole, read back only when intact and of the same kind."""

import pytest

from parkdash import config, diskcache


@pytest.fixture
def folder(monkeypatch, tmp_path):
    where = tmp_path / "cache"
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(where))
    return where


def test_an_entry_is_read_back_as_written(folder):
    assert diskcache.read("a.bin", b"kind-1\n") is None  # nothing yet
    diskcache.write("a.bin", {"x": [1, 2]}, b"kind-1\n", keep=2, family="*.bin")
    assert diskcache.read("a.bin", b"kind-1\n") == {"x": [1, 2]}
    assert folder.stat().st_mode & 0o777 == 0o700 and not list(folder.glob(".*.tmp"))


@pytest.mark.parametrize("damage", [lambda d: d[:-1], lambda d: d[:10] + b"?" + d[11:], lambda d: b""])
def test_a_damaged_entry_or_one_of_another_kind_is_removed(folder, damage):
    diskcache.write("a.bin", [1], b"kind-1\n", keep=2, family="*.bin")
    assert diskcache.read("a.bin", b"kind-2\n") is None and not (folder / "a.bin").exists()
    diskcache.write("a.bin", [1], b"kind-1\n", keep=2, family="*.bin")
    (folder / "a.bin").write_bytes(damage((folder / "a.bin").read_bytes()))
    assert diskcache.read("a.bin", b"kind-1\n") is None and not (folder / "a.bin").exists()


def test_only_the_most_recent_entries_of_a_family_are_kept(folder):
    diskcache.write("other.pickle", 0, b"k\n", keep=1, family="*.pickle")
    for n in range(4):
        diskcache.write(f"m{n}.model", n, b"k\n", keep=2, family="*.model")
    assert sorted(p.name for p in folder.iterdir()) == ["m2.model", "m3.model", "other.pickle"]
    diskcache.discard("m2.model")
    assert diskcache.read("m2.model", b"k\n") is None and diskcache.read("m3.model", b"k\n") == 3


def test_a_folder_others_can_write_to_is_never_used(monkeypatch, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv(config.ENV_CACHE_DIR, str(shared))
    diskcache.write("a.bin", 1, b"k\n", keep=2, family="*.bin")
    assert not list(shared.iterdir()) and diskcache.folder(create=True) is None
    monkeypatch.setenv(config.ENV_CACHE_DIR, "off")
    assert diskcache.folder(create=True) is None and diskcache.read("a.bin", b"k\n") is None


def test_fetch_builds_once_then_reads_and_rebuilds_what_is_not_of_its_kind(folder):
    built = []

    def build():  # noqa: ANN202
        built.append(1)
        return {"model": len(built)}

    assert diskcache.fetch("m.model", b"k\n", dict, build, keep=2, family="*.model") == {"model": 1}
    assert diskcache.fetch("m.model", b"k\n", dict, build, keep=2, family="*.model") == {"model": 1}  # read, not built
    assert diskcache.fetch("m.model", b"k\n", list, lambda: [2], keep=2, family="*.model") == [2]  # not a list: rebuilt
    assert len(built) == 1 and diskcache.read("m.model", b"k\n") == [2]
    assert diskcache.digest("a") != diskcache.digest("b") and len(diskcache.digest("a")) == 32
