"""The OAI-PMH endpoint: GET or POST (form-encoded), always an XML document, errors included."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from articles.interop.oai.protocol import respond


@csrf_exempt  # harvesters POST without a session; the endpoint only reads
@require_http_methods(["GET", "POST", "HEAD"])
def endpoint(request: HttpRequest) -> HttpResponse:
    return HttpResponse(respond(request), content_type="text/xml; charset=utf-8")
