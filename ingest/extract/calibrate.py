"""`make calibrate`: grow the confidence table (ingest/extract/calibration.yaml) from the holdout articles.

Every holdout article is drafted with the rules' own confidences and scored against its gold; each drafted item
becomes one sample (its features, and whether it matched). Per category, the feature order is chosen greedily by
cross-validation over articles (the next feature is the one that most lowers the held-out log loss; none that does
not), then the shrinkage weight m the same way. The table is grown on all samples and written with the
cross-validated figures in its header, beside those of the rules' own confidences.

Run as `python -m ingest.extract.calibrate [--folds K] [-o FILE]`.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from ingest.errors import IngestError
from ingest.extract.confidence import CALIBRATION_FILE, Calibration, DraftContext, Tree, compare, log_loss, outcomes

MAX_DEPTH = 4
WEIGHTS = (2.0, 5.0, 10.0, 20.0, 50.0)
Sample = tuple[str, str, dict[str, str], int]  # article, category, features, right


def collect(cases, workdir: Path) -> list[Sample]:
    from ingest.extract.draft import draft_annotation, dump_yaml
    from ingest.extract.gazetteer import load_registry
    from ingest.extract.gold import load_scored
    from ingest.extract.score import score
    from ingest.layout import read_raw_text

    registry = load_registry()
    samples = []
    for case in cases:
        draft_path = workdir / f"{case.name}.draft.yaml"
        try:
            annotation = draft_annotation(case.article, draft_path, registry=registry, calibrated=False)
        except IngestError as exc:
            print(f"{case.name}: {exc.render()} (left out)", file=sys.stderr)
            continue
        draft_path.write_text(dump_yaml(annotation), encoding="utf-8")
        scores = score(load_scored(draft_path, registry), load_scored(case.gold, registry))
        ctx = DraftContext(annotation, read_raw_text(case.article), registry)
        samples += [(case.name, category, described, right) for category, described, right in outcomes(scores, ctx)]
    return samples


def held_out(samples: list[Sample], order: list[str], m: float, folds: int) -> list[tuple[float, int]]:
    """Each sample's estimate from a tree grown without its article's fold."""
    articles = sorted({s[0] for s in samples})
    fold_of = {a: k % folds for k, a in enumerate(articles)}
    pairs = []
    for fold in range(folds):
        grown = Tree.grow([(d, y) for a, _, d, y in samples if fold_of[a] != fold], order, m)
        pairs += [(grown.estimate(d), y) for a, _, d, y in samples if fold_of[a] == fold]
    return pairs


def choose(samples: list[Sample], folds: int) -> tuple[list[str], float]:
    names = list(samples[0][2])
    order: list[str] = []
    best = log_loss(held_out(samples, order, 10.0, folds))
    while len(order) < MAX_DEPTH:
        trials = {name: log_loss(held_out(samples, order + [name], 10.0, folds)) for name in names if name not in order}
        if not trials:
            break
        name = min(trials, key=lambda n: (trials[n], n))
        if trials[name] >= best - 1e-4:
            break
        order.append(name)
        best = trials[name]
    m = min(WEIGHTS, key=lambda w: (log_loss(held_out(samples, order, w, folds)), w))
    return order, m


def _rules_own(samples: list[Sample]) -> list[tuple[float, int]]:
    return [(float(d["prior"]), y) for _, _, d, y in samples if d["prior"] != "-"]


def fit(samples: list[Sample], folds: int) -> tuple[Calibration, list[str]]:
    trees, lines, pooled_own, pooled = {}, [], [], []
    for category in ("people", "groups", "places", "events", "claims", "quotes"):
        mine = [s for s in samples if s[1] == category]
        if not mine:
            continue
        order, m = choose(mine, folds)
        trees[category] = Tree.grow([(d, y) for _, _, d, y in mine], order, m)
        own, cross = _rules_own(mine), held_out(mine, order, m, folds)
        lines.append(f"{category}: {len(mine)} items, {sum(y for *_, y in mine)} right; by {', '.join(order) or '(none)'}, "
                     f"m={m:g}. {compare(own, cross)}")
        pooled_own += own
        pooled += cross
    lines.append(f"all items: {len(pooled)}. {compare(pooled_own, pooled)}")
    return Calibration(trees), lines


def main(argv: list[str] | None = None) -> int:
    from ingest.extract.evaluate_all import cases

    parser = argparse.ArgumentParser(prog="python -m ingest.extract.calibrate", description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds, by article (default 5)")
    parser.add_argument("-o", "--output", type=Path, default=CALIBRATION_FILE, help="default: %(default)s")
    args = parser.parse_args(argv)
    if args.folds < 2:
        parser.error("--folds must be at least 2")
    holdout = [c for c in cases() if c.set_name == "holdout"]
    with tempfile.TemporaryDirectory(prefix="ckg-calibrate-") as tmp:
        samples = collect(holdout, Path(tmp))
    if not samples:
        print("no holdout article could be drafted and scored", file=sys.stderr)
        return 1
    calibration, lines = fit(samples, args.folds)
    articles = len({s[0] for s in samples})
    header = (f"# Confidence table of `ckg extract`, written by `make calibrate` (ingest/extract/calibrate.py); do not\n"
              f"# edit by hand. Grown from the drafts of {articles} holdout articles (tests/data/holdout) scored against\n"
              f"# their gold: per category, the feature order and shrinkage weight m chosen by cross-validation, and\n"
              f"# [right, seen] for each combination of features seen at least 3 times (ingest/extract/confidence.py).\n"
              f"# Figures: the rules' own confidences -> the table's, each item's estimate grown without its article\n"
              f"# ({args.folds}-fold cross-validation by article); ranking = the chance a right item scores above a wrong one.\n"
              + "".join(f"# {line}\n" for line in lines))
    args.output.write_text(calibration.dump(header), encoding="utf-8")
    print("\n".join(lines))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
