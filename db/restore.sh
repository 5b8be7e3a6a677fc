#!/usr/bin/env bash
# Restores a MotoVaultPro backup into an empty system (empty database; documents are written).
#   db/restore.sh [--from DIRECTORY | --from s3://bucket/prefix] [--backup NAME]
# Without --backup the newest complete backup is restored. See docs/operations/backup-restore.md.
exec "$(dirname "$0")/motovault-backup.sh" restore "$@"
