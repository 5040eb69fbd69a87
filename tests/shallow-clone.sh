#!/usr/bin/env bash
# Copies a content folder into a shallow clone of a repository of its own, as a site deployed from
# `git clone --depth 1` has it: tests/run-all.sh builds the progress fixture from one, so the suite
# sees a real build say its history is not available in this copy instead of inventing dates.
# Usage: bash tests/shallow-clone.sh <content folder> <clone to make (replaced)>
set -euo pipefail
source_dir="$1"
clone_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git_=(git -c user.name="Shallow clone fixture" -c user.email="fixture@example.invalid"
  -c commit.gpgsign=false -c init.defaultBranch=main)

cp -R "$source_dir/." "$work"
"${git_[@]}" -C "$work" init -q
"${git_[@]}" -C "$work" add -A
"${git_[@]}" -C "$work" commit -q -m "The content"
# A second commit, so a clone of depth 1 leaves history behind (a one-commit clone is not shallow).
"${git_[@]}" -C "$work" commit -q --allow-empty -m "A later commit"

rm -rf "$clone_dir"
mkdir -p "$(dirname "$clone_dir")"
git clone -q --depth 1 "file://$work" "$clone_dir"
test "$(git -C "$clone_dir" rev-parse --is-shallow-repository)" = true
