"""Browser-facing routes: the site root leads to the query editor (served by /sparql to browsers), and
/docs shows the OpenAPI description with the vendored Swagger UI (no CDN)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, RedirectResponse

router = APIRouter(tags=["Service"])


@router.get("/docs", include_in_schema=False)
async def openapi_page(request: Request) -> HTMLResponse:
    static = str(request.url_for("static", path="")).rstrip("/")
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title} API",
        swagger_js_url=f"{static}/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url=f"{static}/swagger-ui/swagger-ui.css",
        swagger_favicon_url=f"{static}/swagger-ui/favicon-32x32.png",
    )


@router.get(
    "/",
    summary="Go to the query editor",
    description="Redirects to /sparql, which shows a browser the YASGUI editor with the example queries.",
    response_class=RedirectResponse,
    status_code=307,
    responses={307: {"description": "redirect to the editor", "headers": {"Location": {
        "schema": {"type": "string"}, "example": "/sparql"}}}},
)
async def root() -> RedirectResponse:
    return RedirectResponse("/sparql", status_code=307)
