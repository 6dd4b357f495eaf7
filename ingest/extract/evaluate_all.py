"""`make eval`: draft every article that has a gold annotation and score the drafts, one table per set.

Sets: the development articles (tests/data/dev/*.gold.yaml), the synthetic holdout articles
(tests/data/holdout/*.gold.yaml: once unseen, since tuned on), the unseen articles (tests/data/unseen/:
written by someone who never saw the extractor; never tune on them, they are what the issue's targets
are measured on) and every curated source of data/sources (its annotation is the gold).

Under each set's table, how well the drafts' confidences fit what matched: the rules' own guesses against the
measured shares of ingest/extract/calibration.yaml (confidence.py), on the same items.

Then the agreement between two curators (tests/data/agreement/: a second curator's independent annotation of holdout
and unseen articles, scored against their gold as if it were a draft), one table per set, beside the draft's figures on
the same articles: how far the extractor is from what a careful reader reaches.
Run as `python -m ingest.extract.evaluate_all [--details]`.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ckg.paths import ROOT, SOURCES_DIR
from ingest.errors import IngestError, Problem
from ingest.extract.score import CATEGORIES, CategoryScore, Scores

DEV_DIR = ROOT / "tests" / "data" / "dev"
HOLDOUT_DIR = ROOT / "tests" / "data" / "holdout"
UNSEEN_DIR = ROOT / "tests" / "data" / "unseen"
AGREEMENT_DIR = ROOT / "tests" / "data" / "agreement"


@dataclass
class Case:
    set_name: str
    name: str
    article: Path
    gold: Path


def cases() -> list[Case]:
    found = []
    for set_name, folder in (("dev", DEV_DIR), ("holdout", HOLDOUT_DIR), ("unseen", UNSEEN_DIR)):
        for gold in sorted(folder.glob("*.gold.yaml")):
            article = gold.with_name(gold.name.replace(".gold.yaml", ".txt"))
            if article.is_file():
                found.append(Case(set_name, article.stem, article, gold))
    for gold in sorted(SOURCES_DIR.glob("*.yaml")):
        article = gold.with_suffix(".txt")
        if article.is_file():
            found.append(Case("seed", article.stem, article, gold))
    return found


def agreement_cases() -> list[Case]:
    """Each second annotation, as a case whose "article" is the second curator's file and whose gold is the first's."""
    found = []
    for second in sorted(AGREEMENT_DIR.glob("*.gold.yaml")):
        golds = [folder / second.name for folder in (HOLDOUT_DIR, UNSEEN_DIR) if (folder / second.name).is_file()]
        if not golds:
            raise IngestError(Problem("a second annotation of an article that has no gold in the holdout or the unseen "
                                      f"set (wanted {HOLDOUT_DIR / second.name} or {UNSEEN_DIR / second.name})",
                                      file=str(second)))
        set_name = "holdout" if golds[0].parent == HOLDOUT_DIR else "unseen"
        found.append(Case(set_name, second.name.removesuffix(".gold.yaml"), second, golds[0]))
    return found


def agreement(case: Case) -> Scores:
    """The second curator's annotation scored against the first's, as a draft would be."""
    from ingest.extract.gold import load_scored
    from ingest.extract.score import score

    return score(load_scored(case.article), load_scored(case.gold))


def evaluate(case: Case, workdir: Path) -> Scores:
    """The draft's scores, with each scored item's confidence as the rules set it and as the table measures it
    (`Scores.confidences`): the draft is made with the rules' own, then the table applied as `ckg extract` does."""
    from ingest.extract.confidence import load_calibration, scored_outcomes
    from ingest.extract.draft import draft_annotation, dump_yaml
    from ingest.extract.gazetteer import load_registry

    registry = load_registry()
    draft_path = workdir / f"{case.name}.draft.yaml"
    annotation = draft_annotation(case.article, draft_path, registry=registry, calibrated=False)
    draft_path.write_text(dump_yaml(annotation), encoding="utf-8")
    scores, described = scored_outcomes(draft_path, annotation, case.gold, case.article, registry)
    table = load_calibration()
    scores.confidences = [(category, float(features["prior"]), table.confidence(category, features), right)
                          for category, features, right in described if features["prior"] != "-"]
    return scores


def evaluate_or_miss(case: Case, workdir: Path) -> tuple[Scores, IngestError | None]:
    """The case's scores; an article the extractor cannot read scores as an empty draft (every gold item missed), so
    that it lowers the totals instead of leaving them, with the error that stopped it."""
    from ingest.extract.gold import Scored, load_scored
    from ingest.extract.score import score

    try:
        return evaluate(case, workdir), None
    except IngestError as exc:
        return score(Scored(case.article, case.article, None), load_scored(case.gold)), exc


def _cell(value: float | None) -> str:
    return "   - " if value is None else f"{value:5.2f}"


def table(rows: list[tuple[str, Scores]]) -> str:
    header = f"{'article':32}" + "".join(f"{c[:7]:>8}" for c in CATEGORIES) + \
        f"{'dates':>10}{'counts':>10}{'claims~':>9}{'claims*':>9}"
    lines = [header, "-" * len(header)]
    for name, scores in rows:
        cells = "".join(f"{_cell(scores.categories[c].f1):>8}" for c in CATEGORIES)
        lines.append(f"{name[:32]:32}{cells}{_ratio(*scores.dates_correct):>10}{_ratio(*scores.exact_counts):>10}"
                     f"{_cell(scores.claims_speaker_or_body.f1):>9}{_cell(scores.claims_any_source.f1):>9}")
    lines.append(total_line(rows, "all (micro F1)"))
    return "\n".join(lines)


def total_line(rows: list[tuple[str, Scores]], label: str) -> str:
    """The micro F1 over the rows, and their dates and counts summed, as the last line of a table."""
    totals = {c: CategoryScore() for c in (*CATEGORIES, "claims~", "claims*")}
    diagnostics = {"claims~": "claims_speaker_or_body", "claims*": "claims_any_source"}
    dates, counts = [0, 0], [0, 0]
    for _, scores in rows:
        for c in totals:
            category = getattr(scores, diagnostics[c]) if c in diagnostics else scores.categories[c]
            for field in ("tp", "fp", "fn"):
                setattr(totals[c], field, getattr(totals[c], field) + getattr(category, field))
        dates = [dates[0] + scores.dates_correct[0], dates[1] + scores.dates_correct[1]]
        counts = [counts[0] + scores.exact_counts[0], counts[1] + scores.exact_counts[1]]
    cells = "".join(f"{_cell(totals[c].f1):>8}" for c in CATEGORIES)
    return f"{label:32}{cells}{_ratio(*dates):>10}{_ratio(*counts):>10}" \
           f"{_cell(totals['claims~'].f1):>9}{_cell(totals['claims*'].f1):>9}"


def confidence_lines(rows: list[tuple[str, Scores]]) -> str:
    """How well the drafts' confidences fit what matched: the rules' own guesses -> the table's measured shares, over
    every scored item, then for claims alone."""
    from ingest.extract.confidence import compare

    found = [c for _, scores in rows for c in scores.confidences if c[2] is not None]
    lines = []
    for label, items in (("all items", found), ("claims", [c for c in found if c[0] == "claims"])):
        if items:
            own, measured = [(c[1], c[3]) for c in items], [(c[2], c[3]) for c in items]
            lines.append(f"confidence, {label} ({len(items)}, {sum(c[3] for c in items)} right): "
                         f"{compare(own, measured)} (rules' own -> measured)")
    return "\n".join(lines)


def _ratio(right: int, total: int) -> str:
    return f"{right}/{total}" if total else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest.extract.evaluate_all", description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list what each draft missed or added")
    args = parser.parse_args(argv)
    from ingest.extract.score import details, report

    print("F1 per category; dates = matched events with the gold's date and precision; "
          "counts = matched claims with the gold's exact count;\n"
          "claims~ = claims F1 counting a spokesperson and the body he speaks for as the same source (curators split on\n"
          "which to credit); claims* = claims F1 without comparing the claimant (figures found, whoever they are credited\n"
          "to). Both are diagnostics, not targets")
    failed = False
    with tempfile.TemporaryDirectory(prefix="ckg-eval-") as tmp:
        by_set: dict[str, list[tuple[str, Scores]]] = {}
        for case in cases():
            scores, error = evaluate_or_miss(case, Path(tmp))
            if error is not None:
                print(f"{case.name}: {error.render()} (scored as an empty draft)", file=sys.stderr)
                failed = True
            by_set.setdefault(case.set_name, []).append((case.name if error is None else f"{case.name} (unread)", scores))
            if args.details:
                print(report(scores, f"\n== {case.set_name}/{case.name}"))
                print(details(scores))
        for set_name, rows in by_set.items():
            print(f"\n[{set_name}]")
            print(table(rows))
            print(confidence_lines(rows))
        try:
            second = agreement_cases()
        except IngestError as exc:
            print(exc.render(), file=sys.stderr)
            second, failed = [], True
        for set_name in ("holdout", "unseen"):
            mine = [case for case in second if case.set_name == set_name]
            if not mine:
                continue
            drafted = dict(by_set.get(set_name, []))
            print(f"\n[agreement, {set_name}] a second curator's annotation against the gold, then the draft on the same "
                  "articles")
            print(table([(case.name, agreement(case)) for case in mine]))
            print(total_line([(case.name, drafted[case.name]) for case in mine if case.name in drafted],
                             "the draft (micro F1)"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
