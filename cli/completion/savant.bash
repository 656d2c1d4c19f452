# SPDX-License-Identifier: MIT
# bash completion for savant(1): commands, each command's options, and their
# values (formats, WHEN, ranking names, directories and files).
# Installed as share/bash-completion/completions/savant; or `source` it.

# Files (or, with -d, directories), through bash-completion's _filedir when
# it is loaded, which handles spaces and ~ properly.
_savant_paths() {
  if declare -F _filedir >/dev/null 2>&1; then
    _filedir "$@"
  else
    local IFS=$'\n'
    COMPREPLY=($(compgen "${1:--f}" -- "$cur"))
  fi
}

_savant() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null 2>&1; then
    _init_completion || return
  else
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  fi

  local commands="index search show similar export stats eval serve forget unforget help"
  local command="" i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      index | search | show | similar | export | stats | eval | serve | forget | unforget | help)
        command=${words[i]}
        break
        ;;
    esac
  done

  if [[ -z $command ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi

  # Values of the option before the cursor.
  case $prev in
    --db)
      _savant_paths -d
      return
      ;;
    --config | --qrels | --queries | --researchers | --manifest | --token-file)
      _savant_paths
      return
      ;;
    --golden | --corpus)
      _savant_paths -d
      _savant_paths
      return
      ;;
    --format)
      case $command in
        search) COMPREPLY=($(compgen -W "text json jsonl csv" -- "$cur")) ;;
        export) COMPREPLY=($(compgen -W "jsonl json" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
      esac
      return
      ;;
    --color | --progress)
      COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
      return
      ;;
    --ranking)
      local names="publication experience summary education skills first_author
        co_first_author co_author unknown_role published preprint under_review unknown_status
        half_life_years recency_floor reference_year decay max_units relax_below"
      compopt -o nospace 2>/dev/null || true
      COMPREPLY=($(compgen -W "$names" -S = -- "$cur"))
      return
      ;;
    --venue | --year | --topic | --limit | -n | --offset | --evidence | --batch-files | --batch-mb | \
      --bind | --port | --threads | --time-limit | --shards | --jobs | -j | --flush-threshold)
      return
      ;;
  esac

  local common="--help --db --config"
  local options
  case $command in
    index)
      options="$common --verbose --quiet --progress --prune --batch-files --batch-mb
        --max-file-size --shards --jobs --flush-threshold"
      ;;
    search)
      options="$common --venue --year --topic --limit --offset --evidence --facets --format
        --color --ranking --explain --allow-partial --show-contact"
      ;;
    show) options="$common --format --color --allow-partial --show-contact" ;;
    forget) options="$common" ;;
    unforget) options="$common" ;;
    similar) options="$common --limit --evidence --format --color --allow-partial" ;;
    stats) options="$common --format --allow-partial" ;;
    export) options="$common --format" ;;
    serve) options="$common --bind --port --token-file --time-limit --threads" ;;
    eval)
      if ((cword == i + 1)); then
        COMPREPLY=($(compgen -W "extraction ranking" -- "$cur"))
        return
      fi
      if [[ ${words[i + 1]} == extraction ]]; then
        options="--help --golden --corpus --manifest --per-document --format"
      else
        options="$common --qrels --queries --researchers --per-query --ranking --ablation --format"
      fi
      ;;
    help)
      COMPREPLY=($(compgen -W "index search show similar export stats eval serve forget unforget" -- "$cur"))
      return
      ;;
  esac

  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ $command == index || $command == unforget ]]; then
    _savant_paths
  fi
}

complete -F _savant savant
