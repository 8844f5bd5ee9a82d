# bash completion for sspi-status: options, --lang tags, --family names, --call functions, --package
# names, and the names of the codes once a prefix (SEC_, CERT_, CRYPT_, TRUST_, any case) is typed.
# Zsh can use it through bashcompinit.

_sspi_status() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}

    case $prev in
        --lang)
            COMPREPLY=($(compgen -W 'en de es fr it pt-BR ru zh-TW all' -- "$cur"))
            return ;;
        --family)
            COMPREPLY=($(compgen -W 'SEC CERT CRYPT TRUST' -- "$cur"))
            return ;;
        --call)
            COMPREPLY=($(compgen -W 'AcceptSecurityContext AcquireCredentialsHandle DecryptMessage
                EncryptMessage InitializeSecurityContext QueryContextAttributes CompleteAuthToken
                MakeSignature VerifySignature ApplyControlToken ImpersonateSecurityContext
                RevertSecurityContext ExportSecurityContext ImportSecurityContext SetContextAttributes
                QueryCredentialsAttributes SetCredentialsAttributes FreeCredentialsHandle
                DeleteSecurityContext EnumerateSecurityPackages' -- "$cur"))
            return ;;
        --package)
            COMPREPLY=($(compgen -W 'CredSSP Digest Kerberos Negotiate NTLM Schannel' -- "$cur"))
            return ;;
        --scan)
            COMPREPLY=($(compgen -f -- "$cur"))
            return ;;
        --search | --tls-alert)
            return ;;
    esac

    case $cur in
        -*)
            COMPREPLY=($(compgen -W '--call --package --lang --list --search --family --scan --all-lines
                --tls-alert --json --help --version' -- "$cur"))
            ;;
        [Ss][Ee][Cc]_* | [Cc][Ee][Rr][Tt]_* | [Cc][Rr][Yy][Pp][Tt]_* | [Tt][Rr][Uu][Ss][Tt]_*)
            # The names as the tool lists them, in the case the user started typing.
            local names
            names=$("${COMP_WORDS[0]}" --list --lang en 2>/dev/null | awk '{ print $3 }')
            if [[ $cur == [a-z]* ]]; then
                names=$(tr '[:upper:]' '[:lower:]' <<< "$names")
            fi
            COMPREPLY=($(compgen -W "$names" -- "$cur"))
            ;;
    esac
}

complete -F _sspi_status sspi-status
