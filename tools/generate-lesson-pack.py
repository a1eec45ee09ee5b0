#!/usr/bin/env python3
"""Writes resources/lessons/databases-workshop.archlesson: the six exercises of
resources/exercises in order, with the instructor's notes for each (docs/TEACHING.md,
"Lesson packs"). Run after generate-exercises.py; the same inputs give the same bytes.
tst_lessonpack checks that the pack holds exactly the exercise files."""

import json
import pathlib
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "resources" / "exercises"
OUT = ROOT / "resources" / "lessons" / "databases-workshop.archlesson"

TITLE = "Databases on AWS: choosing one and keeping it up"
NOTES = ("Six exercises that follow the lesson: one instance in one zone, then standbys, replicas, "
         "a second region, a key-value store and a cache. Each starts from a design that misses "
         "its goals; the Exercise panel shows which, and why.")

# One note per exercise, in the order of the file names.
ITEM_NOTES = [
    "Recap first: a standby takes over a lost zone but serves no reads; a read replica serves "
    "reads but is promoted by hand. Ask the class to guess the RTO before they look.",
    "Look at the load slider together before starting: where does the primary saturate? Both "
    "a replica and a cache can meet the goal; compare their costs.",
    "Two regions are about distance: a read crossing the continent costs tens of milliseconds "
    "whatever the database. Ask where the reads should be served from.",
    "RPO 0 means a write is confirmed only once it is stored twice. Contrast asynchronous "
    "replicas (seconds of loss) with synchronous standbys.",
    "The goal allows 10 s of interrupted writes: no failover of a single-primary database is "
    "that fast. Let them find the store that needs no failover at all.",
    "A spike of eight times the usual reads: a cache answers repeated reads from memory. Ask "
    "what happens to the database when the cache is cold.",
]


def main():
    files = sorted(EXERCISES.glob("*.json"))
    if len(files) != len(ITEM_NOTES):
        raise SystemExit(f"{len(files)} exercises but {len(ITEM_NOTES)} notes")
    items = []
    entries = []
    for number, (path, notes) in enumerate(zip(files, ITEM_NOTES), start=1):
        name = f"exercises/{number:02d}.json"
        items.append({"file": name, "notes": notes})
        entries.append((name, path.read_bytes()))
    manifest = {
        "format": "archstudio-lesson",
        "formatVersion": 1,
        "application": "tools/generate-lesson-pack.py",
        "title": TITLE,
        "notes": NOTES,
        "items": items,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as pack:
        for name, data in [("manifest.json", json.dumps(manifest, indent=2).encode() + b"\n")] + entries:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            pack.writestr(info, data)
    print(f"{OUT.relative_to(ROOT)}: {len(items)} exercises")


if __name__ == "__main__":
    main()
