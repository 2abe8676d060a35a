"""Seeding function: a CloudFormation custom resource that publishes and activates the bundled
knowledge base on stack create and update, so a fresh deployment serves a working API."""

from pathlib import Path
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from symptom_overlap.adapters.cloudformation import send_custom_resource_response
from symptom_overlap.knowledge.schema import KnowledgeBase
from symptom_overlap.observability import logger
from symptom_overlap.wiring import knowledge_table

BUNDLE = Path(__file__).with_name("knowledge_base.json")
PHYSICAL_ID = "knowledge-base-seed"


def lambda_handler(event: dict[str, Any], context: LambdaContext) -> None:
    try:
        data = {}
        if event["RequestType"] in ("Create", "Update"):
            knowledge_base = KnowledgeBase.model_validate_json(BUNDLE.read_text(encoding="utf-8"))
            pointer = knowledge_table().publish_and_activate(knowledge_base, _log_progress)
            data = {"ActiveVersion": pointer.version}
            logger.info("knowledge base seeded", extra={"active_version": pointer.version})
        send_custom_resource_response(event, "SUCCESS", PHYSICAL_ID, data=data)
    except Exception as error:  # CloudFormation must always get an answer, or the stack hangs for an hour
        logger.exception("seeding failed")
        send_custom_resource_response(event, "FAILED", PHYSICAL_ID, reason=f"{type(error).__name__}: {error}")


def _log_progress(written: int, total: int) -> None:
    logger.info("writing knowledge base", extra={"written": written, "total": total})
