#!/usr/bin/env bash
# Backs up MotoVaultPro: one database snapshot plus every document it lists, under one timestamp.
#   db/backup.sh [--to DIRECTORY | --to s3://bucket/prefix]
# Configuration: the server's environment (MOTOVAULT_DB_*, MOTOVAULT_DOCUMENTS_*, MOTOVAULT_S3_*)
# and MOTOVAULT_BACKUP_TARGET / MOTOVAULT_BACKUP_KEEP. See docs/operations/backup-restore.md.
exec "$(dirname "$0")/motovault-backup.sh" backup "$@"
