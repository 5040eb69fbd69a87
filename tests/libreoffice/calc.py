"""Drives LibreOffice Calc as a service would use it, in one headless soffice process.

Usage: python3 tests/libreoffice/calc.py jobs.json

jobs.json is a list of jobs, each
  {"open": "in.xlsx" | "in.csv", "type": [["F2", "01/10/2026"], ...] (optional),
   "save": [{"as": "xlsx" | "csv", "to": "out.xlsx"}, ...]}
A job opens a file (a CSV is read as UK text: comma-separated, UTF-8, en-GB), types each value into
its cell of the sheet "Updates" exactly as a person types it (Calc reads it with the en-GB locale:
01/10/2026 becomes a date cell, 40% a percentage), and saves the copies asked for: .xlsx as Excel
2007-365, .csv as UTF-8 with the sheet "Updates" shown as on screen (dates as 01/10/2026).
Starting LibreOffice takes seconds, so every job of a test runs in this one process.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

UK = 2057  # the Windows language id of English (United Kingdom)
CSV_IN = f"44,34,76,1,,{UK}"
# separator, quote, UTF-8, first line, formats, language, quote all text, detect numbers,
# save as shown, formulas, trim, sheet: the sheet named below, by its position
CSV_OUT = f"44,34,76,1,,{UK},false,true,true,false,false,{{sheet}}"


def prop(name, value):
    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


def start():
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = f"calc{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"-env:UserInstallation=file://{profile}",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    for _ in range(600):
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return office, context
        except Exception:
            time.sleep(0.1)
    office.kill()
    raise SystemExit("LibreOffice did not start within 60 seconds")


def use_uk_locale(context):
    """What a UK user has: en-GB for reading typed dates and numbers."""
    config = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", context
    )
    access = config.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.Setup/L10N"),),
    )
    access.setPropertyValue("ooSetupSystemLocale", "en-GB")
    access.commitChanges()


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def run(context, job):
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context
    )
    options = [prop("Hidden", True)]
    if job["open"].endswith(".csv"):
        options += [prop("FilterName", "Text - txt - csv (StarCalc)"), prop("FilterOptions", CSV_IN)]
    doc = desktop.loadComponentFromURL(url(job["open"]), "_blank", 0, tuple(options))
    doc.CharLocale = uno.createUnoStruct("com.sun.star.lang.Locale", "en", "GB", "")
    names = list(doc.Sheets.ElementNames)
    sheet_name = "Updates" if "Updates" in names else names[0]
    sheet = doc.Sheets.getByName(sheet_name)
    controller = doc.CurrentController
    controller.setActiveSheet(sheet)
    dispatcher = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.DispatchHelper", context
    )
    frame = controller.Frame
    for address, text in job.get("type", []):
        # Typing into the cell, as at the keyboard: Calc reads the text with the locale.
        dispatcher.executeDispatch(frame, ".uno:GoToCell", "", 0, (prop("ToPoint", address),))
        dispatcher.executeDispatch(frame, ".uno:EnterString", "", 0, (prop("StringName", text),))
    for save in job.get("save", []):
        if save["as"] == "xlsx":
            args = (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True))
        else:
            options = CSV_OUT.format(sheet=names.index(sheet_name) + 1)
            args = (
                prop("FilterName", "Text - txt - csv (StarCalc)"),
                prop("FilterOptions", options),
                prop("Overwrite", True),
            )
        doc.storeToURL(url(save["to"]), args)
        if save["as"] == "csv":
            # Asked for one sheet, LibreOffice names the file after it: out-Updates.csv.
            stem, extension = os.path.splitext(save["to"])
            written = f"{stem}-{sheet_name}{extension}"
            if os.path.exists(written):
                os.replace(written, save["to"])
    doc.close(True)


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        jobs = json.load(file)
    office, context = start()
    try:
        use_uk_locale(context)
        for job in jobs:
            run(context, job)
    finally:
        try:
            context.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", context
            ).terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
