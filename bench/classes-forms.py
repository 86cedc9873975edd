"""Starts classes and reads their students' opt-in forms, for bench/classes.sh.

Usage: python3 bench/classes-forms.py BASE CLASSES PER_CLASS DIR
Writes DIR/summaries.txt (one "/classes/{id}/{key}" a line) and DIR/forms.tsv (one
"/classes/{id}/results<TAB>form body" a line), each form read from the result page a
student reaches through the class link, so the bench posts exactly what a browser would.
Answer sets are drawn at random with a fixed seed, distinct within a class.
"""
import html
import itertools
import random
import re
import sys
import urllib.parse
import urllib.request

QUESTIONS = [
    ("setting", ["outpatient", "inpatient", "unsure"]),
    ("role", ["outpatient-coder", "billing-specialist", "coding-auditor", "inpatient-coder", "coding-manager",
              "him-manager", "unsure"]),
    ("experience", ["none", "outpatient", "inpatient", "both"]),
    ("education", ["none", "coding-course", "him-degree", "clinical", "credential"]),
    ("depth", ["eager", "open", "prefer-not"]),
    ("timeline", ["asap", "within-year", "no-rush"]),
    ("goal", ["specialize-outpatient", "specialize-inpatient", "audit-compliance", "lead-manage", "unsure"]),
    ("membership", ["aapc", "ahima", "none"]),
]
FORM = re.compile(r'<form method="post" action="([^"]+)">\s*'
                  r'<input type="hidden" name="answers" value="([^"]*)">\s*'
                  r'<input type="hidden" name="token" value="([^"]*)">')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def start_class(base, opener):
    request = urllib.request.Request(base + "/classes", data=b"label=", method="POST")
    try:
        opener.open(request)
    except urllib.error.HTTPError as answer:
        if answer.code == 303:
            return answer.headers["Location"].replace(base, "")
        raise
    raise RuntimeError("POST /classes did not answer 303")


def main(base, classes, per_class, out):
    opener = urllib.request.build_opener(NoRedirect)
    every = list(itertools.product(*(options for _, options in QUESTIONS)))
    draw = random.Random(15)
    with open(out + "/summaries.txt", "w") as summaries, open(out + "/forms.tsv", "w") as forms:
        for _ in range(classes):
            summary = start_class(base, opener)
            summaries.write(summary + "\n")
            class_id = summary.split("/")[2]
            for answers in draw.sample(every, per_class):
                query = [(name, value) for (name, _), value in zip(QUESTIONS, answers)] + [("class", class_id)]
                page = urllib.request.urlopen(base + "/recommendation?" + urllib.parse.urlencode(query)).read()
                found = FORM.search(page.decode("utf-8"))
                if found is None:
                    raise RuntimeError("no opt-in form on the result page of a class link")
                action, answers_query, token = (html.unescape(part) for part in found.groups())
                body = urllib.parse.urlencode([("answers", answers_query), ("token", token), ("lang", "en")])
                forms.write(action + "\t" + body + "\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
