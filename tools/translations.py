#!/usr/bin/env python3
"""Hands a translation's open entries to a translator and takes the answers back.

  tools/translations.py open resources/translations/archstudio_de.ts > todo.json
  (fill in each entry's "translation", or "plurals" for %n entries)
  tools/translations.py apply resources/translations/archstudio_de.ts todo.json

`open` lists the entries lupdate marked unfinished (run `cmake --build build/dev --target
update_translations` first). `apply` writes the filled ones into the .ts file and marks them
finished; an entry is matched by its context, source text and comment. docs/TRANSLATING.md.
"""
import json
import sys
import xml.etree.ElementTree as ET


def entries(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "")


def open_entries(path):
    root = ET.parse(path).getroot()
    todo = []
    for context, message in entries(root):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        item = {"context": context, "source": message.findtext("source")}
        if message.findtext("comment"):
            item["comment"] = message.findtext("comment")
        if message.findtext("extracomment"):
            item["note"] = message.findtext("extracomment")
        if message.get("numerus") == "yes":
            item["plurals"] = ["", ""]
        else:
            item["translation"] = ""
        todo.append(item)
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply_entries(path, answers_path):
    with open(answers_path, encoding="utf-8") as f:
        answers = {(a["context"], a["source"], a.get("comment", "")): a for a in json.load(f)}
    tree = ET.parse(path)
    applied = 0
    for context, message in entries(tree.getroot()):
        answer = answers.get(key(context, message))
        translation = message.find("translation")
        if answer is None or translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = answer.get("plurals") or []
            if not all(forms):
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if not answer.get("translation"):
                continue
            translation.text = answer["translation"]
        translation.attrib.pop("type", None)
        applied += 1
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(tree.getroot(), encoding="unicode"))
        f.write("\n")
    print(f"{applied} entries translated", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "open":
        open_entries(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply_entries(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
