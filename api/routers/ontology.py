"""The ontology for people and machines: HTML documentation (from `ckg docs`) or the Turtle source itself."""
from __future__ import annotations

import threading
from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import FileResponse, PlainTextResponse, Response

from api.services.negotiation import Offer, best_offer, parse_accept
from ckg.paths import DOCS_DIR, ONTOLOGY_DIR

router = APIRouter(tags=["ontology"])

PAGES = {"": "index.html", "vocabularies": "vocabularies.html"}
TURTLE_FILES = {"": "ckg.ttl", "vocabularies": "vocabularies.ttl"}
_docs_lock = threading.Lock()


def _ensure_docs(folder: FilePath = DOCS_DIR) -> None:
    """Write the HTML documentation once if `ckg docs` has not been run (pyLODE takes a few seconds)."""
    with _docs_lock:
        if not all((folder / page).is_file() for page in PAGES.values()):
            from ckg.docs import write_docs

            write_docs(folder)


# HTML first: the answer to a browser, to */* and to no Accept header.
OFFERS = (Offer("html", ("text/html", "application/xhtml+xml")), Offer("turtle", ("text/turtle", "application/x-turtle")))


_NOT_ACCEPTABLE = {"description": "the Accept header names neither HTML nor Turtle",
                   "content": {"text/plain": {"example": "no acceptable format for the ontology; this page offers text/html, ..."}}}


def _serve(name: str, request: Request) -> Response:
    chosen = best_offer(OFFERS, parse_accept(request.headers.get("accept")))
    if chosen is None:
        offered = ", ".join(media_type for offer in OFFERS for media_type in offer.media_types)
        return PlainTextResponse(f"no acceptable format for the ontology; this page offers {offered}", status_code=406)
    if chosen.name == "turtle":
        return FileResponse(ONTOLOGY_DIR / TURTLE_FILES[name], media_type="text/turtle; charset=utf-8",
                            headers={"Vary": "Accept"})
    _ensure_docs()
    return FileResponse(DOCS_DIR / PAGES[name], media_type="text/html; charset=utf-8", headers={"Vary": "Accept"})


@router.get("/ontology", summary="The ontology: HTML documentation, or Turtle with Accept: text/turtle",
            responses={200: {"content": {"text/html": {"example": "<html>...ConflictKG ontology...</html>"},
                                         "text/turtle": {"example": "ckg:CasualtyClaim a owl:Class ; ..."}}},
                       406: _NOT_ACCEPTABLE})
def ontology(request: Request) -> Response:
    return _serve("", request)


PageName = Annotated[str, Path(description="the page: `vocabularies` (the SKOS vocabularies)", examples=["vocabularies"])]


@router.get("/ontology/{name}", summary="The SKOS vocabularies: HTML documentation, or Turtle with Accept: text/turtle",
            responses={200: {"content": {"text/html": {"example": "<html>...Event types...</html>"},
                                         "text/turtle": {"example": "<https://w3id.org/conflictkg/vocab/event-type/airstrike> a skos:Concept ; ..."}}},
                       404: {"content": {"application/json": {"example": {"detail": "no ontology page 'x'"}}}},
                       406: _NOT_ACCEPTABLE})
def ontology_page(name: PageName, request: Request) -> Response:
    if name not in PAGES or not name:
        raise HTTPException(status_code=404, detail=f"no ontology page {name!r}; try /ontology or /ontology/vocabularies")
    return _serve(name, request)
