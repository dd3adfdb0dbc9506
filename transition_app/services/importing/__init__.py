"""Import of an existing caseload from CSV and XLSX files (File > Import..., ``transition-app import``).

* ``readers``: the file into rows of cells (CSV as Belgian Excel writes it, XLSX via openpyxl);
* ``vocabulary``: header synonyms and value vocabularies (``resources/import/headers.yaml``),
  country and language names, municipalities, dates;
* ``fields``: the fields a column can be imported as;
* ``planner``: rows to families, the head of household, duplicates, the service's validation;
* ``writer``: the families written in the import's one transaction (bulk for new families);
* ``service``: :class:`ImportService`, the use cases.

Qt-free.
"""

from transition_app.services.importing.fields import FIELDS, ImportField
from transition_app.services.importing.model import (
    MERGE,
    SKIP,
    ColumnInfo,
    Duplicate,
    ImportOptions,
    ImportReport,
    Preview,
    PreviewRow,
    Problem,
)
from transition_app.services.importing.readers import Table, read_table, sheet_names
from transition_app.services.importing.service import ImportService

__all__ = ["FIELDS", "MERGE", "SKIP", "ColumnInfo", "Duplicate", "ImportField", "ImportOptions", "ImportReport",
           "ImportService", "Preview", "PreviewRow", "Problem", "Table", "read_table", "sheet_names"]
