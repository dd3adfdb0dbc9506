"""buddy updates and directory: changes by admin buddies not seen yet, editable directory entries

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('directory_entry',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('shipped_key', sa.String(length=64), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('service', sa.String(length=32), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('postcode', sa.String(length=4), nullable=True),
    sa.Column('municipality_nis', sa.String(length=5), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('opening_hours', sa.Text(), nullable=False),
    sa.Column('languages', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['updated_by_id'], ['worker.id'], name=op.f('fk_directory_entry_updated_by_id_worker'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_directory_entry')),
    sa.UniqueConstraint('shipped_key', name=op.f('uq_directory_entry_shipped_key'))
    )
    with op.batch_alter_table('directory_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_directory_entry_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_directory_entry_municipality_nis'), ['municipality_nis'], unique=False)

    op.create_table('family_update',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref', sa.String(length=120), nullable=False),
    sa.Column('detail', sa.String(length=32), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('seen_at', sa.DateTime(), nullable=True),
    sa.Column('seen_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['worker.id'], name=op.f('fk_family_update_created_by_id_worker'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_family_update_family_id_family'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['seen_by_id'], ['worker.id'], name=op.f('fk_family_update_seen_by_id_worker'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_update'))
    )
    with op.batch_alter_table('family_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_update_family_id'), ['family_id'], unique=False)
        batch_op.create_index('ix_family_update_seen_at_family_id', ['seen_at', 'family_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('family_update', schema=None) as batch_op:
        batch_op.drop_index('ix_family_update_seen_at_family_id')
        batch_op.drop_index(batch_op.f('ix_family_update_family_id'))

    op.drop_table('family_update')
    with op.batch_alter_table('directory_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_directory_entry_municipality_nis'))
        batch_op.drop_index(batch_op.f('ix_directory_entry_kind'))

    op.drop_table('directory_entry')
