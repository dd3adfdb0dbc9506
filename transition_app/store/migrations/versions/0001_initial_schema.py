"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('reception_centre',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('operator', sa.String(length=32), nullable=False),
    sa.Column('municipality_nis', sa.String(length=5), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('phone', sa.String(length=50), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reception_centre')),
    sa.UniqueConstraint('name', name=op.f('uq_reception_centre_name'))
    )
    op.create_table('worker',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('centre_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['reception_centre.id'], name=op.f('fk_worker_centre_id_reception_centre'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_worker')),
    sa.UniqueConstraint('username', name=op.f('uq_worker_username'))
    )
    op.create_table('family',
    sa.Column('case_number', sa.String(length=32), nullable=False),
    sa.Column('centre_id', sa.Integer(), nullable=True),
    sa.Column('worker_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('arrival_date', sa.Date(), nullable=True),
    sa.Column('exit_date', sa.Date(), nullable=True),
    sa.Column('destination_nis', sa.String(length=5), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('household_name', sa.String(length=300), nullable=False),
    sa.Column('member_count', sa.Integer(), nullable=False),
    sa.Column('nationalities', sa.String(length=200), nullable=False),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['centre_id'], ['reception_centre.id'], name=op.f('fk_family_centre_id_reception_centre'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['worker_id'], ['worker.id'], name=op.f('fk_family_worker_id_worker'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family')),
    sa.UniqueConstraint('case_number', name=op.f('uq_family_case_number'))
    )
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.create_index('ix_family_household_name', ['household_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_worker_id'), ['worker_id'], unique=False)

    op.create_table('contact_detail',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('value', sa.String(length=300), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_contact_detail_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_detail'))
    )
    with op.batch_alter_table('contact_detail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_detail_family_id'), ['family_id'], unique=False)

    op.create_table('note',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('confidential', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['worker.id'], name=op.f('fk_note_author_id_worker'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_note_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_family_id'), ['family_id'], unique=False)

    op.create_table('person',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('given_names', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('nationality', sa.String(length=2), nullable=True),
    sa.Column('languages', sa.String(length=200), nullable=False),
    sa.Column('preferred_language', sa.String(length=8), nullable=True),
    sa.Column('relation', sa.String(length=16), nullable=False),
    sa.Column('national_number', sa.String(length=11), nullable=True),
    sa.Column('in_belgium', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_person_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_family_id'), ['family_id'], unique=False)

    op.create_table('protection_decision',
    sa.Column('family_id', sa.Integer(), nullable=False),
    sa.Column('protection_type', sa.String(length=16), nullable=False),
    sa.Column('deciding_body', sa.String(length=8), nullable=False),
    sa.Column('asylum_application_date', sa.Date(), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=False),
    sa.Column('notification_date', sa.Date(), nullable=True),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['family_id'], ['family.id'], name=op.f('fk_protection_decision_family_id_family'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protection_decision')),
    sa.UniqueConstraint('family_id', name=op.f('uq_protection_decision_family_id'))
    )
    with op.batch_alter_table('protection_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_protection_decision_decision_date'), ['decision_date'], unique=False)

    op.create_table('residence_card',
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('card_type', sa.String(length=16), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=True),
    sa.Column('expiry_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_residence_card_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_residence_card')),
    sa.UniqueConstraint('person_id', name=op.f('uq_residence_card_person_id'))
    )



def downgrade() -> None:

    op.drop_table('residence_card')
    with op.batch_alter_table('protection_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_protection_decision_decision_date'))

    op.drop_table('protection_decision')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_family_id'))

    op.drop_table('person')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_family_id'))

    op.drop_table('note')
    with op.batch_alter_table('contact_detail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_detail_family_id'))

    op.drop_table('contact_detail')
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_worker_id'))
        batch_op.drop_index(batch_op.f('ix_family_status'))
        batch_op.drop_index('ix_family_household_name')

    op.drop_table('family')
    op.drop_table('worker')
    op.drop_table('reception_centre')

