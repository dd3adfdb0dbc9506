"""centres, staff signatures, the new dwelling, undo and postponed steps

* ``reception_centre``: postcode (beside the street in ``address``), enterprise number, logo,
  retired_at;
* ``worker``: job title and its form (f/m/neutral), direct phone (signatures);
* ``family``: who created it (they always see it), how it left the centre, the key it had in
  an imported file; ``dwelling``: the new home, landlord, rent (prefilled in letters);
* ``checklist_step``: a due date moved by hand with its reason; ``checklist_event``: the
  step's fields before and after a change (Undo); ``exit_extension``: why a stay goes beyond
  the rule's maximum.

Existing families are taken to be created by the worker who follows them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dwelling',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('postcode', sa.String(length=4), nullable=True),
    sa.Column('municipality_nis', sa.String(length=5), nullable=True),
    sa.Column('move_in_date', sa.Date(), nullable=True),
    sa.Column('rent', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('charges', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('guarantee', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('landlord_name', sa.String(length=200), nullable=False),
    sa.Column('landlord_address', sa.String(length=300), nullable=False),
    sa.Column('landlord_postcode', sa.String(length=4), nullable=True),
    sa.Column('landlord_municipality_nis', sa.String(length=5), nullable=True),
    sa.Column('landlord_phone', sa.String(length=50), nullable=False),
    sa.Column('landlord_email', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_dwelling_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dwelling')),
    sa.UniqueConstraint('family_id', name=op.f('uq_dwelling_family_id'))
    )
    with op.batch_alter_table('checklist_event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('before', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('after', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('undoes_id', sa.Integer(), nullable=True))

    with op.batch_alter_table('checklist_step', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_override', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('due_override_reason', sa.Text(), server_default='', nullable=False))

    with op.batch_alter_table('exit_extension', schema=None) as batch_op:
        batch_op.add_column(sa.Column('beyond_maximum_reason', sa.Text(), nullable=True))

    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('exit_mode', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('external_ref', sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f('ix_family_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_external_ref'), ['external_ref'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_family_created_by_id_worker'), 'worker', ['created_by_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('reception_centre', schema=None) as batch_op:
        batch_op.add_column(sa.Column('postcode', sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column('enterprise_number', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('logo', sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column('logo_type', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('retired_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('worker', schema=None) as batch_op:
        batch_op.add_column(sa.Column('job_title', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('job_title_form', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('phone', sa.String(length=50), nullable=True))

    op.execute("UPDATE family SET created_by_id = worker_id WHERE created_by_id IS NULL")


def downgrade() -> None:
    with op.batch_alter_table('worker', schema=None) as batch_op:
        batch_op.drop_column('phone')
        batch_op.drop_column('job_title_form')
        batch_op.drop_column('job_title')

    with op.batch_alter_table('reception_centre', schema=None) as batch_op:
        batch_op.drop_column('retired_at')
        batch_op.drop_column('logo_type')
        batch_op.drop_column('logo')
        batch_op.drop_column('enterprise_number')
        batch_op.drop_column('postcode')

    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_family_created_by_id_worker'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_family_external_ref'))
        batch_op.drop_index(batch_op.f('ix_family_created_by_id'))
        batch_op.drop_column('external_ref')
        batch_op.drop_column('exit_mode')
        batch_op.drop_column('created_by_id')

    with op.batch_alter_table('exit_extension', schema=None) as batch_op:
        batch_op.drop_column('beyond_maximum_reason')

    with op.batch_alter_table('checklist_step', schema=None) as batch_op:
        batch_op.drop_column('due_override_reason')
        batch_op.drop_column('due_override')

    with op.batch_alter_table('checklist_event', schema=None) as batch_op:
        batch_op.drop_column('undoes_id')
        batch_op.drop_column('after')
        batch_op.drop_column('before')

    op.drop_table('dwelling')
