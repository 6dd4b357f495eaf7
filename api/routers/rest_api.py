"""Every REST endpoint in one router, for create_app to include: events, claims, actors, places, statements,
sources and the exports."""
from __future__ import annotations

from fastapi import APIRouter

from api.routers import rest_actors, rest_events, rest_exports, rest_places, rest_sources, rest_statements

router = APIRouter()
for module in (rest_events, rest_actors, rest_places, rest_statements, rest_sources, rest_exports):
    router.include_router(module.router)
