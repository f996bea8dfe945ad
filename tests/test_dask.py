"""pressparse on Dask: partition planning, the same results as parse_many through a real LocalCluster,
poison pages and killed workers without lost pages, partitioned outputs, and the CLI options."""

from __future__ import annotations

import doctest
import json
import logging
import os
import pickle
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pressparse
from batch_support import EXIT, RAISE, SLEEP, warc_record, write_warc
from pressparse.batch import ErrorRow, InputRecord
from pressparse.cli import main
from pressparse.readers import iter_records

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import pressparse.dask as on_dask  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "docs"
HOOK = "batch_support:misbehaving_parse"
SLEEPY = "batch_support:sleepy_parse"
SMALL = ["immdef-2021-02-03-biden-action.txt", "wire-newsdirect-2024-07-peru-world-travel-awards.md",
         "congress-2022-10-garcia-guatemala-sofia-tot-ac.txt",
         "congress-2011-09-lee-hispanic-heritage-month-statement.txt"]


def _dicts(results: Any) -> list[dict[str, Any]]:
    return [result.to_dict() for result in results]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    # Restored afterwards: local_cluster() sets the key for the process, the nanny reads it on every restart.
    with dask.config.set({"distributed.worker.daemon": False}), \
            on_dask.local_cluster(2, silence_logs=logging.ERROR) as local:
        yield local


@pytest.fixture()
def client(cluster: Any) -> Iterator[Any]:
    with distributed.Client(cluster, set_as_default=False) as connected:
        connected.wait_for_workers(2, timeout=60)
        yield connected


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """A corpus in every input kind: the fixture folder, a JSON Lines dump, a WARC archive, a missing file."""
    folder = tmp_path_factory.mktemp("archive")
    dump = folder / "dump.jsonl"
    with dump.open("w", encoding="utf-8") as out:
        for n, name in enumerate(SMALL):
            out.write(json.dumps({"url": f"https://example.org/j{n}", "text": (FIXTURES / name).read_text("utf-8"),
                                  "lang": "en"}) + "\n")
        out.write("not JSON\n")
    crawl = folder / "crawl.warc.gz"
    write_warc(crawl, [warc_record(f"https://example.org/w{i}", f"r{i}", (FIXTURES / name).read_bytes(),
                                   content_type="text/plain") for i, name in enumerate(SMALL)])
    return [str(FIXTURES), str(dump), str(crawl), "no/such/page.txt"]


def _workers(client: Any) -> set[str]:
    return set(client.scheduler_info()["workers"])


def _wait_for_replacement(client: Any, before: set[str]) -> None:
    """Wait until the scheduler knows 2 workers again, one of them new (the nanny restarts a dead
    worker, which comes back at a new address)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        addresses = _workers(client)
        if len(addresses) == 2 and addresses != before:
            return
        time.sleep(0.1)
    raise AssertionError(f"no replacement worker: {before} -> {_workers(client)}")


def _one_by_one(inputs: list[str]) -> list[Any]:
    """The reference: every page read and given to pressparse.parse on its own."""
    results: list[Any] = []
    for item in iter_records(inputs):
        if isinstance(item, ErrorRow):
            results.append(item)
        else:
            results.append(pressparse.parse(item.data, source=item.source, input_id=item.input_id,
                                             metadata=item.metadata))
    return results


# --------------------------------------------------------------------------- without a cluster


def test_import_pressparse_does_not_import_dask() -> None:
    code = ("import sys, pressparse, pressparse.dask; pressparse.parse_many; "
            "print('dask' in sys.modules, 'distributed' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.split() == ["False", "False"]


def test_module_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testmod(on_dask, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_results_pickle_as_plain_values(archive: list[str]) -> None:
    results = list(pressparse.parse_many(archive, workers=0))
    assert any(isinstance(r, ErrorRow) for r in results) and any(isinstance(r, pressparse.PressRelease)
                                                                 for r in results)
    for result in results:
        copy = pickle.loads(pickle.dumps(result))
        assert copy == result and copy.to_dict() == result.to_dict()
    blob = pickle.dumps(results)
    assert b"lxml" not in blob and b"bs4" not in blob  # no parser objects ride along
    record = next(item for item in iter_records(archive) if isinstance(item, InputRecord))
    assert pickle.loads(pickle.dumps(record)) == record


def test_partitions_read_back_as_iter_records(archive: list[str], tmp_path: Path) -> None:
    parts = on_dask.plan_partitions([*archive, ("inline.txt", b"Agency Opens Office")], partition_pages=10)
    flat = [item for part in parts for item in iter_records(part)]
    expected = list(iter_records([*archive, ("inline.txt", b"Agency Opens Office")]))
    assert [(r.input_id, getattr(r, "data", None)) for r in flat] == [(r.input_id, getattr(r, "data", None))
                                                                      for r in expected]
    assert all(len(part) <= 10 for part in parts)
    dumps = [part for part in parts if any(str(item).endswith((".jsonl", ".warc.gz")) for item in part)]
    assert [len(part) for part in dumps] == [1, 1], "each dump is a partition of its own"
    # By size: no partition of page files goes over the byte budget unless it holds one file.
    small = on_dask.plan_partitions([str(FIXTURES)], partition_bytes=40_000)
    for part in small:
        size = sum(os.path.getsize(str(p)) for p in part)
        assert len(part) == 1 or size <= 40_000
    assert sum(len(part) for part in small) == len(list(iter_records(str(FIXTURES))))
    with pytest.raises(ValueError):
        on_dask.plan_partitions([str(FIXTURES)], partition_pages=0)


def test_daemonic_process_refuses_isolation_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(on_dask, "_may_start_processes", lambda: False)
    config = on_dask._config(None, 5.0, None, "process", None, None, None)
    with pytest.raises(RuntimeError, match=r"distributed\.worker\.daemon"):
        on_dask._parse_partition([str(FIXTURES / SMALL[0])], config)
    with pytest.raises(ValueError):
        on_dask._config(None, 5.0, None, "threads", None, None, None)


# --------------------------------------------------------------------------- on a LocalCluster


def test_same_records_in_same_order_as_parse_many_and_parse(client: Any, archive: list[str]) -> None:
    expected = _dicts(_one_by_one(archive))
    assert len(expected) > 100
    assert _dicts(pressparse.parse_many(archive, workers=2)) == expected
    assert _dicts(on_dask.parse_many(archive, client=client, partition_pages=16)) == expected


def test_bag_api_and_unordered_results(client: Any, archive: list[str]) -> None:
    inputs = [*(str(FIXTURES / name) for name in SMALL), *archive[1:]]
    expected = _dicts(_one_by_one(inputs))
    # The bag API: pages read by the workers, parsed partition by partition.
    bag = on_dask.parse_bag(on_dask.read_pages(inputs, partition_pages=2))
    assert bag.npartitions == 5
    assert _dicts(client.compute(bag).result()) == expected
    # Partitions as they finish: the same rows, in some order.
    unordered = _dicts(on_dask.parse_many(inputs, client=client, partition_pages=2, ordered=False))
    assert sorted(unordered, key=json.dumps) == sorted(expected, key=json.dumps)


def test_poison_pages_cost_only_their_own_row(client: Any) -> None:
    good = (FIXTURES / SMALL[0]).read_bytes()
    markers = {3: EXIT + b"\n" + good, 6: RAISE + b"\n" + good, 9: SLEEP + b"\n" + good}
    inputs = [(f"page-{i:02d}.txt", markers.get(i, good)) for i in range(12)]
    results = list(on_dask.parse_many(inputs, client=client, partition_pages=4, timeout=1.5, _parse_fn=HOOK))
    assert [r.input_id for r in results] == [name for name, _ in inputs]
    kinds = {r.input_id: r.error_type for r in results if isinstance(r, ErrorRow)}
    assert kinds == {"page-03.txt": "WorkerCrashed", "page-06.txt": "RuntimeError", "page-09.txt": "Timeout"}
    reference = pressparse.parse(good, source="page-00.txt", input_id="page-00.txt").to_dict()
    for result in results:
        if isinstance(result, pressparse.PressRelease):
            assert result.to_dict() == {**reference, "input_id": result.input_id, "source": result.source}


def test_partitions_written_by_the_workers(client: Any, archive: list[str], tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    archive = [*(str(FIXTURES / name) for name in SMALL), *archive[1:]]
    expected = list(pressparse.parse_many(archive, workers=0))
    records = [r.to_dict() for r in expected if isinstance(r, pressparse.PressRelease)]
    errors = [r.to_dict() for r in expected if isinstance(r, ErrorRow)]
    bag = on_dask.parse_bag(on_dask.read_pages(archive, partition_pages=3))
    with dask.config.set(scheduler=client):
        written = on_dask.write_jsonl(bag, tmp_path / "out")
        parquet = on_dask.write_parquet(bag, tmp_path / "out.parquet")
    assert len(written) == bag.npartitions and sum(p.records + p.errors for p in written) == len(expected)
    lines = [json.loads(line) for part in sorted((tmp_path / "out").glob("part-*.jsonl"))
             for line in part.read_text("utf-8").splitlines()]
    assert lines == records
    error_lines = [json.loads(line) for part in sorted((tmp_path / "out.errors").glob("part-*.jsonl"))
                   for line in part.read_text("utf-8").splitlines()]
    assert error_lines == errors
    frame = pd.read_parquet(tmp_path / "out.parquet")
    assert frame["input_id"].tolist() == [r["input_id"] for r in records]
    assert [p.path for p in parquet] == [str(tmp_path / "out.parquet" / f"part-{i:05d}.parquet")
                                         for i in range(len(parquet))]
    # A second run with fewer partitions leaves no stale part file behind.
    with dask.config.set(scheduler=client):
        on_dask.write_jsonl(on_dask.parse_bag(on_dask.read_pages(archive, partition_pages=1000)), tmp_path / "out")
    assert len(list((tmp_path / "out").glob("part-*.jsonl"))) < len(written)
    assert sum(len(p.read_text("utf-8").splitlines()) for p in (tmp_path / "out").glob("part-*")) == len(records)


def test_daemonic_workers_are_reported_not_hung() -> None:
    with dask.config.set({"distributed.worker.daemon": True}), \
            distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                                     silence_logs=logging.ERROR) as daemonic, \
            distributed.Client(daemonic, set_as_default=False) as connected:
        with pytest.raises(RuntimeError, match="DASK_DISTRIBUTED__WORKER__DAEMON"):
            on_dask.check_workers(connected)
        # The bag API has no up-front check: the task itself refuses, with the same message.
        bag = on_dask.parse_bag(on_dask.read_pages([str(FIXTURES / SMALL[0])]))
        with pytest.raises(RuntimeError, match=r"distributed\.worker\.daemon"):
            connected.compute(bag).result()
        # Without isolation such workers do parse.
        rows = list(on_dask.parse_many([str(FIXTURES / SMALL[0])], client=connected, isolation="none"))
        assert _dicts(rows) == _dicts(_one_by_one([str(FIXTURES / SMALL[0])]))


# --------------------------------------------------------------------------- the command line


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def test_cli_scheduler_gives_the_same_outputs(cluster: Any, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    assert main(["parse", str(folder), "no/such/page.txt", "-o", str(local), "--workers", "0", "--quiet"]) == 1
    assert main(["parse", str(folder), "no/such/page.txt", "-o", str(remote), "--quiet",
                 "--scheduler", cluster.scheduler_address]) == 1
    assert remote.read_text("utf-8") == local.read_text("utf-8")
    assert (tmp_path / "remote.jsonl.errors.jsonl").read_text("utf-8") == \
        (tmp_path / "local.jsonl.errors.jsonl").read_text("utf-8")
    assert main(["parse", str(folder), "-o", str(tmp_path / "remote.csv"), "--scheduler", cluster.scheduler_address,
                 "--long-tables"]) == 0
    assert "4 documents" in capsys.readouterr().err
    assert (tmp_path / "remote.contacts.csv").exists()


def test_cli_dask_local(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    local, clustered = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main(["parse", str(folder), "-o", str(local), "--workers", "0", "--quiet"]) == 0
    with dask.config.set({"distributed.worker.daemon": True}):  # restored: --dask-local sets it for its run
        assert main(["parse", str(folder), "-o", str(clustered), "--dask-local", "2", "--quiet"]) == 0
    assert clustered.read_text("utf-8") == local.read_text("utf-8")


@pytest.mark.parametrize(
    "extra",
    [
        ["--dask-local", "0"],
        ["--dask-local", "2", "--resume", "-o", "out.jsonl"],
        ["--dask-local", "2", "--workers", "2"],
    ],
)
def test_cli_dask_usage_errors(extra: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "x", *extra]) == 2
    assert "pressparse parse: error:" in capsys.readouterr().err


def test_cli_scheduler_and_dask_local_exclude_each_other() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "x", "--scheduler", "tcp://127.0.0.1:1", "--dask-local", "2"])
    assert exc.value.code == 2


def test_cli_unreachable_scheduler_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["parse", str(FIXTURES / SMALL[0]), "-o", str(out), "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2 and "Dask" in capsys.readouterr().err
    assert out.read_text() == "kept\n", "the output is not touched before the cluster is reached"


# --------------------------------------------------------------------------- killed workers
# Last on the shared cluster: its nanny takes a few seconds to restart a killed worker.


def test_page_that_kills_the_dask_worker_loses_no_pages(client: Any, cluster: Any,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    good = (FIXTURES / SMALL[0]).read_bytes()
    inputs = [(f"page-{i:02d}.txt", EXIT if i == 5 else good) for i in range(12)]
    # Without isolation the page kills the Dask worker itself; Dask would retry it on every worker in
    # turn, so give up at once (KilledWorker) to keep the test short; the partition is re-parsed here.
    allowed = cluster.scheduler.allowed_failures
    cluster.scheduler.allowed_failures = 0
    before = _workers(client)
    try:
        with caplog.at_level(logging.WARNING, logger="pressparse.dask"):
            results = list(on_dask.parse_many(inputs, client=client, partition_pages=4, isolation="none",
                                              _parse_fn=HOOK))
    finally:
        cluster.scheduler.allowed_failures = allowed
    assert [r.input_id for r in results] == [name for name, _ in inputs], "every input has its row, in order"
    errors = {r.input_id: r.error_type for r in results if isinstance(r, ErrorRow)}
    assert errors == {"page-05.txt": "WorkerCrashed"}
    assert "was lost with its Dask workers" in caplog.text
    _wait_for_replacement(client, before)  # the next test kills a worker of its own


def test_worker_killed_midway_is_rescheduled(client: Any) -> None:
    inputs = [(f"page-{i:03d}.txt", b"x") for i in range(160)]  # 20 ms each: ~2 s on two workers
    # sleepy_parse parses one fixed page: the reference is that record under each input's id.
    page = next(pressparse.parse_many(inputs[:1], workers=0, _parse_fn=SLEEPY)).to_dict()
    expected = [{**page, "input_id": name, "source": name} for name, _ in inputs]
    before = _workers(client)
    victim_address = min(before)
    victim = client.run(os.getpid, workers=[victim_address])[victim_address]
    killed = threading.Event()

    def kill_soon() -> None:
        time.sleep(0.8)
        os.kill(victim, signal.SIGKILL)
        killed.set()

    killer = threading.Thread(target=kill_soon)
    started = time.monotonic()
    killer.start()
    results = _dicts(on_dask.parse_many(inputs, client=client, partition_pages=8, _parse_fn=SLEEPY))
    killer.join()
    assert killed.is_set() and time.monotonic() - started > 0.8
    assert results == expected, "every input accounted for, in order, none twice"
    _wait_for_replacement(client, before)
    assert victim_address not in _workers(client), "the worker was killed indeed"
