"""Checks FHIR R5 bundles with fhir.resources, an independent implementation (make test-fhir).

Each file must parse as an R5 Bundle, and every entry's resource must parse on its own as its
resource type: fhir.resources refuses unknown elements, wrong types, missing required elements
and primitives of the wrong form (it does not check terminology bindings). A mangled copy of the first bundle must be refused, so the
check is known to bite. Prints one verdict per file and a closing `N passed, N failed` line.
"""

import json
import sys

from fhir.resources import get_fhir_model_class
from fhir.resources.bundle import Bundle


def check(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    bundle = Bundle.model_validate(data)
    kinds = []
    for entry in data.get("entry", []):
        resource = entry["resource"]
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        kinds.append(resource["resourceType"])
    summary = ", ".join(f"{kinds.count(k)} {k}" for k in dict.fromkeys(kinds))
    return f"R5 {bundle.type} Bundle: {summary}"


def must_fail(data, what):
    try:
        Bundle.model_validate(data)
        for entry in data.get("entry", []):
            resource = entry["resource"]
            get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    except Exception:  # the expected refusal
        return True
    print(f"FAIL  the check accepted {what}")
    return False


def main(paths):
    passed = failed = 0
    for path in paths:
        try:
            print(f"ok    {path}: {check(path)}")
            passed += 1
        except Exception as error:  # report every file, then fail
            print(f"FAIL  {path}: {error}")
            failed += 1
    # The check must bite: mangled copies of the given bundles are refused.
    bundles = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            bundles.append(json.load(handle))
    mutations = [
        ("MedicationKnowledge", "an unknown element", lambda r: r.update(madeUpElement=1)),
        ("MedicationKnowledge", "a wrong type", lambda r: r.update(name="not a list")),
        ("ClinicalUseDefinition", "no type (required)", lambda r: r.pop("type")),
        ("Citation", "no status (required)", lambda r: r.pop("status")),
    ]
    for kind, what, change in mutations:
        target = next(
            (b for b in bundles if any(e["resource"]["resourceType"] == kind for e in b.get("entry", []))),
            None,
        )
        if target is None:
            print(f"FAIL  no bundle with a {kind} to mangle")
            failed += 1
            continue
        mangled = json.loads(json.dumps(target))
        entry = next(e for e in mangled["entry"] if e["resource"]["resourceType"] == kind)
        change(entry["resource"])
        if must_fail(mangled, f"a {kind} with {what}"):
            print(f"ok    a {kind} with {what} is refused")
            passed += 1
        else:
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
