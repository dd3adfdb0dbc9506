"""identifiers, consents letters can check, directory details with the date they were checked

* ``family.oe_number``: the Immigration Office (OE/DVZ) file number a CPAS asks for;
* ``consent``: ``purpose_code`` and ``recipient_key`` (what and with whom, in a form letters and
  dossiers check before anything goes to a third party), ``covers_confidential``;
* ``directory_entry``: the date the address, phone, e-mail and opening hours were checked, and
  ``uncertain`` (letters ask for the address instead of printing it).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.add_column(sa.Column('oe_number', sa.String(length=20), nullable=True))

    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purpose_code', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('recipient_key', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('covers_confidential', sa.Boolean(), server_default='0', nullable=False))

    with op.batch_alter_table('directory_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('address_checked_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('phone_checked_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('email_checked_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('hours_checked_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('uncertain', sa.Boolean(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('directory_entry', schema=None) as batch_op:
        batch_op.drop_column('uncertain')
        batch_op.drop_column('hours_checked_on')
        batch_op.drop_column('email_checked_on')
        batch_op.drop_column('phone_checked_on')
        batch_op.drop_column('address_checked_on')

    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_column('covers_confidential')
        batch_op.drop_column('recipient_key')
        batch_op.drop_column('purpose_code')

    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.drop_column('oe_number')
