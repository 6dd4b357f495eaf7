"""An ASGI middleware refusing request bodies over CKG_MAX_BODY_BYTES (413), before or while they arrive."""
from __future__ import annotations

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LIMIT_SETTING = "CKG_MAX_BODY_BYTES"
_SHOWN_HEADER_CHARS = 100  # a malformed Content-Length is quoted in the 400, cut to this length


class MalformedContentLength(ValueError):
    """The Content-Length header is not one whole number of bytes; the message quotes it."""


class _BodyTooLarge(Exception):
    """Raised from the app's `receive` once the body passes the limit, so the app stops reading it."""


class BodyLimitMiddleware:
    """Answer 413 to a body over `max_body_bytes`: at once when Content-Length announces it (nothing is
    read), else as soon as the bytes received pass the limit (nothing more is read). A malformed
    Content-Length gets 400. Both close the connection, since the rest of the body is never read."""

    def __init__(self, app: ASGIApp, max_body_bytes: int):
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            declared = declared_length(scope["headers"])
        except MalformedContentLength as exc:
            await _refuse(400, str(exc), scope, receive, send)
            return
        if declared is not None and exceeds(declared, self.max_body_bytes):
            await _refuse(413, self._too_large_message(), scope, receive, send)
            return
        guard = _BodyGuard(receive, send, self.max_body_bytes)
        try:
            await self.app(scope, guard.receive, guard.send)
        except Exception:
            # Whatever the app raised after the body was cut off (our own _BodyTooLarge, or an error it
            # turned that into) is answered by the 413 below; any other error is the app's own.
            if not guard.refused or guard.response_started:
                raise
        if guard.refused and not guard.response_started:
            await _refuse(413, self._too_large_message(), scope, receive, send)

    def _too_large_message(self) -> str:
        return (f"the request body is larger than this server accepts: at most {self.max_body_bytes} bytes "
                f"({LIMIT_SETTING})")


class _BodyGuard:
    """The app's view of `receive` and `send`: counts body bytes and, past the limit, stops reading and
    keeps the app from answering in place of the 413 (unless its response had already begun)."""

    def __init__(self, receive: Receive, send: Send, limit: int):
        self._receive = receive
        self._send = send
        self._limit = limit
        self._received = 0
        self.refused = False
        self.response_started = False

    async def receive(self) -> Message:
        if self.refused:
            raise _BodyTooLarge()
        message = await self._receive()
        if message["type"] == "http.request":
            self._received += len(message.get("body", b""))
            if self._received > self._limit:
                self.refused = True
                raise _BodyTooLarge()
        return message

    async def send(self, message: Message) -> None:
        if self.refused and not self.response_started:
            return
        if message["type"] == "http.response.start":
            self.response_started = True
        await self._send(message)


def declared_length(headers: list[tuple[bytes, bytes]]) -> bytes | None:
    """The digits of the request's Content-Length (leading zeros dropped), or None if it has none.

    Repeated headers or a comma-separated list are accepted when every value is the same number
    (RFC 9110, section 8.6); anything else raises MalformedContentLength.
    """
    raw = [value for name, value in headers if name.lower() == b"content-length"]
    if not raw:
        return None
    values = [part.strip() for value in raw for part in value.split(b",")]
    numbers = {value.lstrip(b"0") or b"0" for value in values}
    if not all(value.isdigit() for value in values) or len(numbers) != 1:  # bytes.isdigit: ASCII digits only
        shown = b", ".join(raw).decode("latin-1")
        if len(shown) > _SHOWN_HEADER_CHARS:
            shown = shown[:_SHOWN_HEADER_CHARS] + "..."
        raise MalformedContentLength(f"the Content-Length header must be one whole number of bytes, got {shown!r}")
    return numbers.pop()


def exceeds(digits: bytes, limit: int) -> bool:
    """Whether the decimal `digits` name more than `limit` bytes."""
    # Lengths first: Python refuses int() of a string over 4,300 digits, and such a length exceeds any limit.
    return len(digits) > len(str(limit)) or int(digits) > limit


async def _refuse(status: int, message: str, scope: Scope, receive: Receive, send: Send) -> None:
    response = PlainTextResponse(message + "\n", status_code=status, headers={"Connection": "close"})
    await response(scope, receive, send)
