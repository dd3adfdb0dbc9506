"""exit-support checklist: plan, steps, history and extensions of the stay in reception

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('checklist_event',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('old_status', sa.String(length=16), nullable=True),
    sa.Column('new_status', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_checklist_event_family_id_family'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_checklist_event_worker_id_worker'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_event'))
    )
    with op.batch_alter_table('checklist_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_event_family_id'), ['family_id'], unique=False)

    op.create_table('checklist_plan',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.String(length=64), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('region', sa.String(length=16), nullable=True),
    sa.Column('exit_due', sa.Date(), nullable=True),
    sa.Column('reunification_due', sa.Date(), nullable=True),
    sa.Column('open_tracks', sa.String(length=400), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_checklist_plan_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_plan')),
    sa.UniqueConstraint('family_id', name=op.f('uq_checklist_plan_family_id'))
    )
    with op.batch_alter_table('checklist_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checklist_plan_exit_due'), ['exit_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_checklist_plan_reunification_due'), ['reunification_due'], unique=False)

    op.create_table('checklist_step',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.String(length=120), nullable=False),
    sa.Column('track', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('region', sa.String(length=16), nullable=True),
    sa.Column('from_previous_region', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('custom', sa.JSON(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('changed_by_id', sa.Integer(), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['changed_by_id'], ['worker.id'], name=op.f('fk_checklist_step_changed_by_id_worker'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_checklist_step_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_step')),
    sa.UniqueConstraint('family_id', 'step_id', name='uq_checklist_step_family_id_step_id')
    )
    with op.batch_alter_table('checklist_step', schema=None) as batch_op:
        batch_op.create_index('ix_checklist_step_status_due_date', ['status', 'due_date'], unique=False)

    op.create_table('exit_extension',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('granted_on', sa.Date(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_exit_extension_family_id_family'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['worker.id'], name=op.f('fk_exit_extension_recorded_by_id_worker'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exit_extension'))
    )
    with op.batch_alter_table('exit_extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exit_extension_family_id'), ['family_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('exit_extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exit_extension_family_id'))

    op.drop_table('exit_extension')
    with op.batch_alter_table('checklist_step', schema=None) as batch_op:
        batch_op.drop_index('ix_checklist_step_status_due_date')

    op.drop_table('checklist_step')
    with op.batch_alter_table('checklist_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_plan_reunification_due'))
        batch_op.drop_index(batch_op.f('ix_checklist_plan_exit_due'))

    op.drop_table('checklist_plan')
    with op.batch_alter_table('checklist_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checklist_event_family_id'))

    op.drop_table('checklist_event')
