#!/usr/bin/env python3
"""Builds industriekring-reactie.eml: a cover note with the Industriekring's letter (.docx) and
its annex (.pdf) attached, as an organisation usually sends its reaction. Run after making
/tmp/industriekring-brief.docx and /tmp/industriekring-bijlage.pdf (see README.md)."""
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

out = sys.argv[1] if len(sys.argv) > 1 else "../submissions/industriekring-reactie.eml"
mail = EmailMessage()
mail["From"] = "Anouk Smeets <a.smeets@industriekring.example>"
mail["Organization"] = "Industriekring Maasbergen-Zuid"
mail["To"] = "Marieke Brands <m.brands@example.nl>"
mail["Subject"] = "Reactie Industriekring op concept Kader Internationalisering"
mail["Date"] = format_datetime(datetime(2025, 3, 4, 11, 5, tzinfo=timezone(timedelta(hours=1))))
mail["Message-ID"] = "<20250304110500.2231@industriekring.example>"
mail.set_content(
    "Geachte mevrouw Brands,\n\n"
    "Bijgaand treft u de reactie van de Industriekring Maasbergen-Zuid op het concept Kader "
    "Internationalisering aan. In de bijlage vindt u een toelichting van onze leden.\n\n"
    "Met vriendelijke groet,\n\n"
    "Anouk Smeets\nSecretaris Industriekring Maasbergen-Zuid\nT 06-23456789\n")
for path, name, maintype, subtype in [
        ("/tmp/industriekring-brief.docx", "Reactie Industriekring Maasbergen-Zuid.docx", "application",
         "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("/tmp/industriekring-bijlage.pdf", "Bijlage wensen van de leden.pdf", "application", "pdf")]:
    with open(path, "rb") as f:
        mail.add_attachment(f.read(), maintype=maintype, subtype=subtype, filename=name)
with open(out, "wb") as f:
    f.write(bytes(mail))
