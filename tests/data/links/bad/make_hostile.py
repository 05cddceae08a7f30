#!/usr/bin/env python3
"""Build the hostile archives next to this script (deterministic output).

    python3 make_hostile.py

Writes:
  zip-slip.zip          Slack-shaped export plus a member named "../evil.json"
  absolute.zip          Slack-shaped export plus a member named "/etc/evil.json"
  symlink.tar.gz        Slack-shaped export whose "channels.json" is a symlink to /etc/passwd
  bomb.zip              Slack-shaped export whose "general/2020-01-01.json" inflates to 200 MiB of zero bytes
  non-utf8-names.zip    Slack-shaped export whose day-file folder name is the CP437 byte sequence
                        "caf\\x82" (invalid UTF-8), general-purpose flag bit 11 (UTF-8) unset

Every archive also holds one harmless day file; the expected result is that the whole archive is
refused, so a test can check that not even that harmless message is imported.
Expected results are in ../EXPECTED.md.
"""
import gzip
import io
import json
import os
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = (2024, 1, 1, 12, 0, 0)
MTIME = 1704110400  # 2024-01-01T12:00:00Z

USERS = [{
    "id": "U05ALICE01", "team_id": "T05NWLABS", "name": "alice", "deleted": False,
    "real_name": "Alice Moreau", "tz": "Europe/Paris", "tz_offset": 3600,
    "profile": {"real_name": "Alice Moreau", "display_name": "", "team": "T05NWLABS"},
    "is_bot": False, "is_app_user": False, "updated": 1704067200,
}]


def channels(cid, name):
    return [{
        "id": cid, "name": name, "created": 1704067200, "creator": "U05ALICE01",
        "is_archived": False, "is_general": name == "general", "members": ["U05ALICE01"],
        "topic": {"value": "", "creator": "", "last_set": 0},
        "purpose": {"value": "", "creator": "", "last_set": 0},
    }]


def day(url, label):
    return [{
        "type": "message", "user": "U05ALICE01",
        "text": "<%s|%s>" % (url, label), "ts": "1704103200.000100",
    }]


def js(obj):
    return (json.dumps(obj, indent=4, ensure_ascii=False) + "\n").encode("utf-8")


def add(zf, name, data):
    zi = zipfile.ZipInfo(name, DATE)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    zf.writestr(zi, data)


def slack_base(zf, url, label):
    add(zf, "channels.json", js(channels("C05GENERAL", "general")))
    add(zf, "users.json", js(USERS))
    add(zf, "general/2024-01-01.json", js(day(url, label)))


def zip_slip():
    with zipfile.ZipFile(os.path.join(HERE, "zip-slip.zip"), "w") as zf:
        slack_base(zf, "https://example.com/safe-member", "safe member")
        add(zf, "../evil.json", js(day("https://example.com/evil", "escaped the folder")))


def absolute():
    with zipfile.ZipFile(os.path.join(HERE, "absolute.zip"), "w") as zf:
        slack_base(zf, "https://example.com/safe-member", "safe member")
        add(zf, "/etc/evil.json", js(day("https://example.com/evil-absolute", "absolute path")))


def symlink():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        def reg(name, data):
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = MTIME
            ti.mode = 0o644
            ti.uname = ti.gname = "folio"
            tf.addfile(ti, io.BytesIO(data))
        reg("users.json", js(USERS))
        ln = tarfile.TarInfo("channels.json")
        ln.type = tarfile.SYMTYPE
        ln.linkname = "/etc/passwd"
        ln.mtime = MTIME
        ln.mode = 0o777
        ln.uname = ln.gname = "folio"
        tf.addfile(ln)
        reg("general/2024-01-01.json", js(day("https://example.com/symlink-sibling", "sibling of a symlink")))
    with open(os.path.join(HERE, "symlink.tar.gz"), "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz:
            gz.write(buf.getvalue())


def bomb():
    path = os.path.join(HERE, "bomb.zip")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        add(zf, "channels.json", js(channels("C05GENERAL", "general")))
        add(zf, "users.json", js(USERS))
        zi = zipfile.ZipInfo("general/2020-01-01.json", DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        chunk = bytes(1024 * 1024)
        with zf.open(zi, "w") as member:
            for _ in range(200):
                member.write(chunk)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("general/2020-01-01.json")
        ratio = info.file_size / info.compress_size
        assert info.file_size == 200 * 1024 * 1024 and ratio >= 1000, ratio


def non_utf8_names():
    path = os.path.join(HERE, "non-utf8-names.zip")
    placeholder = b"cafX/2024-01-01.json"
    raw = b"caf\x82/2024-01-01.json"  # CP437 0x82 = e-acute; invalid as UTF-8
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        add(zf, "channels.json", js(channels("C05CAFE0NU", "caf\u00e9")))
        add(zf, "users.json", js(USERS))
        add(zf, placeholder.decode("ascii"), js(day("https://example.com/cp437-name", "cp437 folder")))
    data = buf.getvalue()
    assert data.count(placeholder) == 2  # local header + central directory
    data = data.replace(placeholder, raw)
    with open(path, "wb") as out:
        out.write(data)
    with zipfile.ZipFile(path) as zf:
        info = zf.infolist()[-1]
        assert not info.flag_bits & 0x800
        assert info.filename == "caf\u00e9/2024-01-01.json"  # Python decodes unflagged names as CP437


if __name__ == "__main__":
    zip_slip()
    absolute()
    symlink()
    bomb()
    non_utf8_names()
