"""Trunk post-build hook: allow the page's inline scripts by hash in its CSP.

Trunk starts the app with an inline module script. The Content-Security-Policy in
index.html allows scripts from the page's own origin only, plus exactly the inline
scripts whose SHA-256 this hook writes in place of LOADER_HASH.
"""

import base64
import hashlib
import os
import re
import sys

page = os.path.join(os.environ.get("TRUNK_STAGING_DIR", "dist"), "index.html")
print("csp-hash: " + page)
with open(page, encoding="utf-8") as f:
    html = f.read()

bodies = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
    for body in bodies
)
if "LOADER_HASH" not in html:
    sys.exit("csp-hash: no LOADER_HASH placeholder in " + page)
with open(page, "w", encoding="utf-8") as f:
    f.write(html.replace("LOADER_HASH", hashes))
print("csp-hash: allowed %d inline script(s)" % len(bodies))
