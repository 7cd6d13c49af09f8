"""Enough of a browser for the admin behind a TLS-terminating proxy, over plain HTTP on
loopback: the production settings set Secure cookies and check the HTTPS Referer, so requests
say they came through HTTPS (X-Forwarded-Proto, trusted from loopback) and cookies are kept by
hand."""

import requests


class AdminBrowser:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.origin = base_url.replace("http://", "https://")
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {"X-Forwarded-Proto": "https", "Referer": self.origin + path}
        response = requests.request(
            method,
            self.base_url + path,
            headers=headers,
            cookies=self.cookies,
            allow_redirects=False,
            timeout=60,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def post_form(self, path: str, data: dict, files: dict | None = None) -> requests.Response:
        data = {"csrfmiddlewaretoken": self.cookies["csrftoken"], **data}
        return self.request("POST", path, data=data, files=files)

    def login(self, username: str, password: str) -> requests.Response:
        self.request("GET", "/admin/login/")
        return self.post_form("/admin/login/", {"username": username, "password": password})
