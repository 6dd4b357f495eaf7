"""`make calibrate`: grow the confidence table (ingest/extract/calibration.yaml) from first-seen drafts.

A curator always drafts an article the extractor has never seen, so the table is grown from drafts of that kind: the
draft each holdout article got the first time it was scored, before anyone had read it and tuned the rules on it
(tests/data/holdout/first-seen/, one per article, each naming the commit that wrote it). Drafts of the same articles
made now would flatter the rules, which were tuned on them. Each first-seen draft is scored against the article's gold
and each drafted item becomes one sample (its features, and whether it matched). Per category, the feature order is
chosen greedily by cross-validation over articles (the next feature is the one that most lowers the held-out log loss;
none that does not), then the shrinkage weight m the same way. The table is grown on all samples and written with the
cross-validated figures in its header, beside those of the rules' own confidences.

Run as `python -m ingest.extract.calibrate [--folds K] [-o FILE]`.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from ckg.paths import ROOT
from ingest.errors import IngestError, Problem
from ingest.extract.confidence import CALIBRATION_FILE, Calibration, Tree, compare, log_loss, scored_outcomes

FIRST_SEEN_DIR = ROOT / "tests" / "data" / "holdout" / "first-seen"
MAX_DEPTH = 4
WEIGHTS = (2.0, 5.0, 10.0, 20.0, 50.0)
Sample = tuple[str, str, dict[str, str], int]  # article, category, features, right


def first_seen(folder: Path = FIRST_SEEN_DIR) -> list[tuple[Path, Path, Path]]:
    """(draft, gold, article) for each first-seen draft; a draft whose article or gold is missing is an error."""
    found = []
    for draft in sorted(folder.glob("*.draft.yaml")):
        name = draft.name.removesuffix(".draft.yaml")
        gold, article = folder.parent / f"{name}.gold.yaml", folder.parent / f"{name}.txt"
        for needed in (gold, article):
            if not needed.is_file():
                raise IngestError(Problem(f"a first-seen draft of an article without {needed.name} beside it in "
                                          f"{folder.parent}", file=str(draft)))
        found.append((draft, gold, article))
    return found


def collect(triples: list[tuple[Path, Path, Path]]) -> list[Sample]:
    """Each drafted item of each (draft, gold, article) as a sample, scored as `make eval` scores."""
    from ingest.extract.gazetteer import load_registry

    registry = load_registry()
    samples = []
    for draft, gold, article in triples:
        annotation = yaml.safe_load(draft.read_text(encoding="utf-8"))
        _, described = scored_outcomes(draft, annotation, gold, article, registry)
        samples += [(article.stem, category, features, right) for category, features, right in described]
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
    parser = argparse.ArgumentParser(prog="python -m ingest.extract.calibrate", description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds, by article (default 5)")
    parser.add_argument("-o", "--output", type=Path, default=CALIBRATION_FILE, help="default: %(default)s")
    args = parser.parse_args(argv)
    if args.folds < 2:
        parser.error("--folds must be at least 2")
    try:
        samples = collect(first_seen())
    except IngestError as exc:
        print(f"calibrate: {exc.render()}", file=sys.stderr)
        return 1
    if not samples:
        print(f"calibrate: no first-seen draft in {FIRST_SEEN_DIR}", file=sys.stderr)
        return 1
    calibration, lines = fit(samples, args.folds)
    articles = len({s[0] for s in samples})
    header = (f"# Confidence table of `ckg extract`, written by `make calibrate` (ingest/extract/calibrate.py); do not\n"
              f"# edit by hand. Grown from the first-seen drafts of {articles} holdout articles (tests/data/holdout/\n"
              f"# first-seen: each the draft an article got before anyone had read it) scored against their gold: per\n"
              f"# category, the feature order and shrinkage weight m chosen by cross-validation, and [right, seen] for\n"
              f"# each combination of features seen at least 3 times (ingest/extract/confidence.py).\n"
              f"# Figures: the rules' own confidences -> the table's, each item's estimate grown without its article\n"
              f"# ({args.folds}-fold cross-validation by article); ranking = the chance a right item scores above a wrong one.\n"
              + "".join(f"# {line}\n" for line in lines))
    args.output.write_text(calibration.dump(header), encoding="utf-8")
    print("\n".join(lines))
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
