# bash completion for sspi-status: options, --lang tags, --family and --as names, --call functions,
# --package names, and the names of the codes once a prefix is typed: SEC_, CERT_, CRYPT_, TRUST_
# (any case), STATUS_, ERROR_, KDC_, KRB (as the tables spell them).
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
            COMPREPLY=($(compgen -W 'SEC CERT CRYPT TRUST sspi ntstatus win32 kerberos' -- "$cur"))
            return ;;
        --as)
            COMPREPLY=($(compgen -W 'sspi ntstatus win32 kerberos hresult' -- "$cur"))
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
            COMPREPLY=($(compgen -W '--as --call --package --lang --list --search --family --scan --all-lines --summary
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
        STATUS_* | ERROR_* | KDC_* | KRB*)
            local family=win32
            case $cur in
                STATUS_*) family=ntstatus ;;
                K*) family=kerberos ;;
            esac
            COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" --list --family $family 2>/dev/null | awk '{ print $3 }')" -- "$cur"))
            ;;
    esac
}

complete -F _sspi_status sspi-status
