import http
from http import HTTPStatus, HTTPMethod
print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(418).phrase, HTTPStatus.IM_A_TEAPOT.description)
print(HTTPStatus.OK == 200, HTTPStatus(201).name, len(HTTPStatus), f"{HTTPStatus.CREATED.value} {HTTPStatus.CREATED.phrase}")
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.GET == "GET", HTTPMethod.PATCH.description, list(HTTPMethod)[:3])
print(HTTPStatus.__members__['OK'] is HTTPStatus.OK, http.__all__ if hasattr(http,'__all__') else None)
for s in (200, 301, 404, 500):
    st = HTTPStatus(s)
    print(f"{st.value} {st.phrase}: {st.description}")
try:
    HTTPStatus(999)
except ValueError as e:
    print(e)
print(str(HTTPStatus.OK), format(HTTPStatus.OK, "d"), HTTPMethod.GET.value, str(HTTPMethod.GET), f"{HTTPMethod.GET}")
