import { shellQuote } from './prompt-snippets.js';

// Self-contained completion scripts. Ids come from completion.txt, which every command keeps
// fresh beside the prompt file, read with shell built-ins (the first line for a kind wins);
// only when it does not exist yet do they ask mlroad.

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

export interface CompletionSpec {
  commands: { name: string; options: string[] }[];
  globalOptions: string[];
  /** Options that take a value, so the word after them is not a command. */
  valued: string[];
  dir: string;
}

/** Which ids each command completes: `done`/`skip` the topics still to do, `reset` finished ones. */
const ID_KINDS: { commands: string[]; kind: 'todo' | 'finished' | 'topics' | 'quizzes' }[] = [
  { commands: ['done', 'skip'], kind: 'todo' },
  { commands: ['reset'], kind: 'finished' },
  { commands: ['show'], kind: 'topics' },
  { commands: ['quiz'], kind: 'quizzes' },
];

/** Prints the topic or quiz ids, in the syntax bash and zsh share. */
function idsFunction(q: string): string {
  return `__mlroad_ids() {
  local d=\${MLROAD_CONFIG_DIR:-${q}}
  local f="$d/completion.txt" k v ids= found=
  if [[ -f $f && -r $f ]]; then
    while IFS='=' read -r k v; do [[ $k == "$1" ]] && { ids=$v; found=1; break; }; done < "$f"
  fi
  # An empty list is an answer (nothing left to do); only a missing one asks mlroad.
  [[ -z $found ]] && ids=$(command mlroad __complete "$1" 2>/dev/null)
  printf '%s' "$ids"
}`;
}

export function completionScript(shell: CompletionShell, spec: CompletionSpec): string {
  const names = spec.commands.map((c) => c.name).join(' ');
  const q = shellQuote(spec.dir);
  switch (shell) {
    case 'bash': {
      const optionCases = spec.commands.map((c) => `      ${c.name}) opts="${c.options.join(' ')}" ;;`).join('\n');
      return `# mlroad completion for bash. Add to ~/.bashrc:  eval "$(mlroad completion bash)"
${idsFunction(q)}
_mlroad() {
  local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]} cmd= i w opts=
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=\${COMP_WORDS[i]}
    case $w in
      ${spec.valued.join('|')}) ((i++)) ;;
      -*) ;;
      *) cmd=$w; break ;;
    esac
  done
  case $prev in
    --lang) COMPREPLY=($(compgen -W "en es" -- "$cur")); return ;;
    --roadmap) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    ${spec.valued.filter((v) => v !== '--lang' && v !== '--roadmap').join('|')}) return ;;
  esac
  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${spec.globalOptions.join(' ')}" -- "$cur"))
    else COMPREPLY=($(compgen -W "${names}" -- "$cur")); fi
    return
  fi
  if [[ $cur == -* ]]; then
    case $cmd in
${optionCases}
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case $cmd in
${ID_KINDS.map((k) => `    ${k.commands.join('|')}) COMPREPLY=($(compgen -W "$(__mlroad_ids ${k.kind})" -- "$cur")) ;;`).join('\n')}
    validate|use) COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
}
complete -o default -F _mlroad mlroad
`;
    }
    case 'zsh': {
      const optionCases = spec.commands.map((c) => `      ${c.name}) compadd -- ${c.options.join(' ')} ;;`).join('\n');
      return `#compdef mlroad
# mlroad completion for zsh. Add to ~/.zshrc (after compinit):  eval "$(mlroad completion zsh)"
${idsFunction(q)}
_mlroad() {
  local cmd= i
  for ((i = 2; i < CURRENT; i++)); do
    case $words[i] in
      ${spec.valued.join('|')}) ((i++)) ;;
      -*) ;;
      *) cmd=$words[i]; break ;;
    esac
  done
  if [[ -z $cmd ]]; then
    if [[ $PREFIX == -* ]]; then compadd -- ${spec.globalOptions.join(' ')}; else compadd -- ${names}; fi
    return
  fi
  if [[ $PREFIX == -* ]]; then
    case $cmd in
${optionCases}
    esac
    return
  fi
  case $cmd in
${ID_KINDS.map((k) => `    ${k.commands.join('|')}) compadd -- \${(s: :)$(__mlroad_ids ${k.kind})} ;;`).join('\n')}
    validate|use) _files ;;
  esac
}
compdef _mlroad mlroad
`;
    }
    case 'fish': {
      const lines = [
        `# mlroad completion for fish. Save as ~/.config/fish/completions/mlroad.fish:  mlroad completion fish > ~/.config/fish/completions/mlroad.fish`,
        `function __mlroad_ids`,
        `    set -l dir ${q}`,
        `    set -q MLROAD_CONFIG_DIR; and set dir $MLROAD_CONFIG_DIR`,
        `    set -l ids`,
        `    set -l found`,
        `    if test -f $dir/completion.txt -a -r $dir/completion.txt`,
        `        while read -l kv`,
        `            set -l p (string split -m 1 = -- $kv)`,
        `            if test "$p[1]" = $argv[1]; set ids (string split ' ' -- $p[2]); set found 1; break; end`,
        `        end < $dir/completion.txt`,
        `    end`,
        `    test -z "$found"; and set ids (command mlroad __complete $argv[1] 2>/dev/null | string split ' ')`,
        `    printf '%s\\n' $ids`,
        `end`,
        `complete -c mlroad -f`,
        `complete -c mlroad -n __fish_use_subcommand -a '${names}'`,
        ...ID_KINDS.map((k) => `complete -c mlroad -n '__fish_seen_subcommand_from ${k.commands.join(' ')}' -a '(__mlroad_ids ${k.kind})'`),
        `complete -c mlroad -n '__fish_seen_subcommand_from validate use' -F`,
        `complete -c mlroad -l lang -x -a 'en es'`,
        `complete -c mlroad -l roadmap -r -F`,
        ...spec.commands.flatMap((c) =>
          c.options.filter((o) => o.startsWith('--')).map((o) => `complete -c mlroad -n '__fish_seen_subcommand_from ${c.name}' -l ${o.slice(2)}`),
        ),
        '',
      ];
      return lines.join('\n');
    }
  }
}
