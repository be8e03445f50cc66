<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language is used from the next time ClearLine starts.</source>
        <translation>O novo idioma será usado na próxima vez que o ClearLine for iniciado.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up ClearLine</source>
        <translation>Configurar o ClearLine</translation>
    </message>
    <message>
        <source>Welcome. Tell ClearLine who you are. Everything you file is signed in your name with a key that ClearLine makes for you now and keeps on this computer.</source>
        <translation>Bem-vindo. Diga ao ClearLine quem você é. Tudo o que você arquivar é assinado em seu nome com uma chave que o ClearLine cria agora para você e guarda neste computador.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <source>District &amp;e-mail:</source>
        <translation>&amp;E-mail do distrito:</translation>
    </message>
    <message>
        <source>District e-mail</source>
        <translation>E-mail do distrito</translation>
    </message>
    <message>
        <source>name@yourdistrict.org</source>
        <translation>nome@seudistrito.org</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Sua &amp;função:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Sua função</translation>
    </message>
    <message>
        <source>For example: teacher, coach, principal</source>
        <translation>Por exemplo: professor, treinador, diretor</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>O que corrigir</translation>
    </message>
</context>
<context>
    <name>clearline::cli::CommandLine</name>
    <message>
        <source>%1
See &apos;clearline --help&apos; for what ClearLine understands.</source>
        <translation>%1
Veja &apos;clearline --help&apos; para saber o que o ClearLine entende.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--profile needs a folder, for example --profile ~/clearline-test.</source>
        <translation>--profile precisa de uma pasta, por exemplo --profile ~/clearline-teste.</translation>
    </message>
    <message>
        <source>Usage: clearline [--profile DIR]
       clearline COMMAND [OPTIONS]

Without a command, ClearLine opens its window.

Options:
  --profile DIR   keep all of one person&apos;s data and settings in DIR
                  (default: the standard per-user folders)
  --version       print the version and quit
  --help          print this help and quit

Commands (each takes --profile DIR, --json and --help):
</source>
        <translation>Uso: clearline [--profile DIR]
     clearline COMANDO [OPÇÕES]

Sem um comando, o ClearLine abre sua janela.

Opções:
  --profile DIR   manter todos os dados e configurações de uma pessoa em DIR
                  (padrão: as pastas comuns do usuário)
  --version       mostrar a versão e sair
  --help          mostrar esta ajuda e sair

Comandos (cada um aceita --profile DIR, --json e --help):
</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the command failed, 2 the command was given wrongly.
</source>
        <translation>
Código de saída: 0 concluído, 1 o comando falhou, 2 o comando foi dado de forma errada.
</translation>
    </message>
</context>
<context>
    <name>clearline::cli::Dispatcher</name>
    <message>
        <source>&quot;%1&quot; is not a ClearLine command. See &apos;clearline --help&apos;.</source>
        <translation>&quot;%1&quot; não é um comando do ClearLine. Veja &apos;clearline --help&apos;.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Manter todos os dados e configurações em DIR.</translation>
    </message>
    <message>
        <source>Print one JSON object, for scripts.</source>
        <translation>Imprimir um objeto JSON, para scripts.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>%1
See &apos;clearline %2 --help&apos;.</source>
        <translation>%1
Veja &apos;clearline %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: clearline %1 %2</source>
        <translation>Uso: clearline %1 %2</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile precisa de uma pasta.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::InitCommand</name>
    <message>
        <source>set up a profile: your identity, your signing key and your record ledger</source>
        <translation>configurar um perfil: sua identidade, sua chave de assinatura e seu livro de registros</translation>
    </message>
    <message>
        <source>Your full name.</source>
        <translation>Seu nome completo.</translation>
    </message>
    <message>
        <source>Your district e-mail address.</source>
        <translation>Seu endereço de e-mail do distrito.</translation>
    </message>
    <message>
        <source>A role you hold (may be repeated).</source>
        <translation>Uma função que você exerce (pode ser repetida).</translation>
    </message>
    <message>
        <source>Your school&apos;s time zone (default: this computer&apos;s).</source>
        <translation>O fuso horário da sua escola (padrão: o deste computador).</translation>
    </message>
    <message>
        <source>&apos;clearline init&apos; takes no arguments besides its options.</source>
        <translation>&apos;clearline init&apos; não aceita argumentos além das suas opções.</translation>
    </message>
    <message>
        <source>Give your name and district e-mail: --name &quot;…&quot; --email …</source>
        <translation>Informe seu nome e seu e-mail do distrito: --name &quot;…&quot; --email …</translation>
    </message>
    <message>
        <source>Profile ready for %1 &lt;%2&gt;.</source>
        <translation>Perfil pronto para %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Impressão digital da chave: %1</translation>
    </message>
    <message>
        <source>Your private key is in the system key store.</source>
        <translation>Sua chave privada está no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Your private key is in %1, protected by your passphrase.</source>
        <translation>Sua chave privada está em %1, protegida pela sua frase secreta.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::LedgerCommand</name>
    <message>
        <source>check, rebuild and back up your records (stats, verify, rebuild, backup --to FILE)</source>
        <translation>verificar, reconstruir e fazer backup dos seus registros (stats, verify, rebuild, backup --to ARQUIVO)</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Onde gravar o backup.</translation>
    </message>
    <message>
        <source>Verify this ledger file (a backup) instead of the profile&apos;s.</source>
        <translation>Verificar este arquivo de livro de registros (um backup) em vez do arquivo do perfil.</translation>
    </message>
    <message>
        <source>Use &apos;clearline ledger stats&apos;, &apos;verify&apos;, &apos;rebuild&apos; or &apos;backup --to FILE&apos;.</source>
        <translation>Use &apos;clearline ledger stats&apos;, &apos;verify&apos;, &apos;rebuild&apos; ou &apos;backup --to ARQUIVO&apos;.</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>Livro de registros: %1</translation>
    </message>
    <message>
        <source>Revisions: %1</source>
        <translation>Versões: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Rascunhos: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>Autores: %1</translation>
    </message>
    <message>
        <source>The ledger</source>
        <translation>O livro de registros</translation>
    </message>
    <message>
        <source>Revision %1 (number %2)</source>
        <translation>Versão %1 (número %2)</translation>
    </message>
    <message>
        <source>Verification failed. %1: %2. (Problems found: %3; revisions checked: %4.)</source>
        <translation>A verificação falhou. %1: %2. (Problemas encontrados: %3; versões verificadas: %4.)</translation>
    </message>
    <message>
        <source>Say where to write the backup: --to FILE</source>
        <translation>Informe onde gravar o backup: --to ARQUIVO</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup gravado em %1.</translation>
    </message>
    <message>
        <source>Verified (revisions: %1, records: %2, authors: %3, attachments: %4). Every hash, chain link and signature is intact.</source>
        <translation>Verificado (versões: %1, registros: %2, autores: %3, anexos: %4). Todos os hashes, elos da cadeia e assinaturas estão intactos.</translation>
    </message>
    <message>
        <source>Rebuilt the query tables (revisions: %1, records: %2).</source>
        <translation>As tabelas de consulta foram reconstruídas (versões: %1, registros: %2).</translation>
    </message>
</context>
<context>
    <name>clearline::cli::MemoCommand</name>
    <message>
        <source>write, list and correct memos to file (add, list, show ID, correct ID)</source>
        <translation>escrever, listar e corrigir memorandos para arquivo (add, list, show ID, correct ID)</translation>
    </message>
    <message>
        <source>The memo&apos;s title.</source>
        <translation>O título do memorando.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>O que aconteceu.</translation>
    </message>
    <message>
        <source>A file to attach (may be repeated).</source>
        <translation>Um arquivo para anexar (pode ser repetido).</translation>
    </message>
    <message>
        <source>Why a memo is corrected.</source>
        <translation>O motivo da correção do memorando.</translation>
    </message>
    <message>
        <source>Use &apos;clearline memo add --title … --text …&apos;, &apos;clearline memo list&apos;, &apos;clearline memo show ID&apos; or &apos;clearline memo correct ID --reason …&apos;.</source>
        <translation>Use &apos;clearline memo add --title … --text …&apos;, &apos;clearline memo list&apos;, &apos;clearline memo show ID&apos; ou &apos;clearline memo correct ID --reason …&apos;.</translation>
    </message>
    <message>
        <source>Memo filed: %1</source>
        <translation>Memorando arquivado: %1</translation>
    </message>
    <message>
        <source>No memos yet.</source>
        <translation>Ainda não há memorandos.</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corrigido)</translation>
    </message>
    <message>
        <source>signed by key %1</source>
        <translation>assinado com a chave %1</translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation>correção: %1</translation>
    </message>
    <message>
        <source>Memo corrected: %1</source>
        <translation>Memorando corrigido: %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2, SHA-256 %3)</source>
        <translation>Anexo: %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>clearline::cli::PolicyCommand</name>
    <message>
        <source>check and read district policy packs (validate PATH…, show PACK [--clause ID])</source>
        <translation>verificar e ler pacotes de política do distrito (validate CAMINHO…, show PACOTE [--clause ID])</translation>
    </message>
    <message>
        <source>Show this clause and what cites it.</source>
        <translation>Mostrar esta cláusula e o que a cita.</translation>
    </message>
    <message>
        <source>Use &apos;clearline policy validate PATH…&apos; or &apos;clearline policy show PACK&apos;.</source>
        <translation>Use &apos;clearline policy validate CAMINHO…&apos; ou &apos;clearline policy show PACOTE&apos;.</translation>
    </message>
    <message>
        <source>signature: none (unsigned draft; pack signing is not built yet)</source>
        <translation>assinatura: nenhuma (rascunho não assinado; a assinatura de pacotes ainda não está disponível)</translation>
    </message>
    <message>
        <source>%1: valid (%2: %3 clauses, %4 rules, %5 procedures)</source>
        <translation>%1: válido (%2: %3 cláusulas, %4 regras, %5 procedimentos)</translation>
    </message>
    <message>
        <source>%1: refused (mistakes found: %2)</source>
        <translation>%1: recusado (erros encontrados: %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2 (run &apos;clearline policy validate %1&apos;)</source>
        <translation>%1 não é um pacote válido: %2 (execute &apos;clearline policy validate %1&apos;)</translation>
    </message>
    <message>
        <source>%1 has no clause &quot;%2&quot;.</source>
        <translation>%1 não tem nenhuma cláusula &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>§ %1  %2</source>
        <translation>§ %1  %2</translation>
    </message>
    <message>
        <source>Cited by: %1</source>
        <translation>Citada por: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nenhuma regra nem procedimento</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Procedimentos:</translation>
    </message>
</context>
<context>
    <name>clearline::cli::SettingsCommand</name>
    <message>
        <source>show or change a profile&apos;s settings (list, get KEY, set KEY VALUE)</source>
        <translation>ver ou alterar as configurações de um perfil (list, get CHAVE, set CHAVE VALOR)</translation>
    </message>
    <message>
        <source>Use &apos;clearline settings list&apos;, &apos;clearline settings get KEY&apos; or &apos;clearline settings set KEY VALUE&apos;.</source>
        <translation>Use &apos;clearline settings list&apos;, &apos;clearline settings get CHAVE&apos; ou &apos;clearline settings set CHAVE VALOR&apos;.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Arquivo de configurações: %1</translation>
    </message>
    <message>
        <source>Data folder:   %1</source>
        <translation>Pasta de dados:   %1</translation>
    </message>
</context>
<context>
    <name>clearline::core::Languages</name>
    <message>
        <source>English</source>
        <comment>the name of the language you translate to, in that language</comment>
        <translation>português (Brasil)</translation>
    </message>
</context>
<context>
    <name>clearline::core::Profile</name>
    <message>
        <source>ClearLine cannot keep its data in %1 because a file has that name. Choose another folder.</source>
        <translation>O ClearLine não pode guardar seus dados em %1 porque um arquivo tem esse nome. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>ClearLine could not create the folder %1. Check that the disk is not full and that you may write there, or choose another folder.</source>
        <translation>O ClearLine não conseguiu criar a pasta %1. Verifique se o disco não está cheio e se você tem permissão para gravar ali, ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>ClearLine may not write to the folder %1. Choose a folder of your own, or ask your IT staff for access.</source>
        <translation>O ClearLine não tem permissão para gravar na pasta %1. Escolha uma pasta sua ou peça acesso à equipe de TI.</translation>
    </message>
</context>
<context>
    <name>clearline::core::Settings</name>
    <message>
        <source>There is no setting called &quot;%1&quot;. The settings are: %2.</source>
        <translation>Não existe uma configuração chamada &quot;%1&quot;. As configurações são: %2.</translation>
    </message>
    <message>
        <source>ClearLine has no &quot;%1&quot; translation. Choose one of: %2, or leave it empty to follow the system.</source>
        <translation>O ClearLine não tem a tradução &quot;%1&quot;. Escolha uma destas: %2, ou deixe vazio para seguir o sistema.</translation>
    </message>
    <message>
        <source>ClearLine could not save your settings to %1. Check that the disk is not full and that you may write to that folder.</source>
        <translation>O ClearLine não conseguiu salvar suas configurações em %1. Verifique se o disco não está cheio e se você tem permissão para gravar nessa pasta.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged, so ClearLine did not change it. Rename or remove it and try again.</source>
        <translation>O arquivo de configurações %1 está danificado, então o ClearLine não o alterou. Renomeie ou remova o arquivo e tente de novo.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::AboutDialog</name>
    <message>
        <source>About ClearLine</source>
        <translation>Sobre o ClearLine</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ClearLine %1&lt;/h2&gt;&lt;p&gt;Helps school staff follow their district&apos;s policy on communication with students and families, and keeps the public record of it.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ClearLine %1&lt;/h2&gt;&lt;p&gt;Ajuda os profissionais da escola a seguir a política do seu distrito sobre a comunicação com alunos e famílias, e mantém o registro público disso.&lt;/p&gt;&lt;p&gt;Seus dados ficam em:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clearline::ui::HomePage</name>
    <message>
        <source>Welcome to ClearLine</source>
        <translation>Bem-vindo ao ClearLine</translation>
    </message>
    <message>
        <source>ClearLine helps you follow your district&apos;s rules for communicating with students and families, and keeps the record of what you did.</source>
        <translation>O ClearLine ajuda você a seguir as regras do seu distrito para se comunicar com alunos e famílias, e mantém o registro do que você fez.</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Para a equipe</translation>
    </message>
    <message>
        <source>Set up a professional account</source>
        <translation>Criar uma conta profissional</translation>
    </message>
    <message>
        <source>Ask for approval of a separate social-media account for your work.</source>
        <translation>Peça a aprovação de uma conta de rede social separada para o seu trabalho.</translation>
    </message>
    <message>
        <source>Ask for a new app or tool</source>
        <translation>Pedir um novo aplicativo ou ferramenta</translation>
    </message>
    <message>
        <source>Have an app you want to use with your class reviewed.</source>
        <translation>Peça a revisão de um aplicativo que você quer usar com sua turma.</translation>
    </message>
    <message>
        <source>Share a phone number for a trip</source>
        <translation>Compartilhar um telefone para uma viagem</translation>
    </message>
    <message>
        <source>Get approval before giving students or parents your cell number for a school trip.</source>
        <translation>Obtenha aprovação antes de dar o número do seu celular a alunos ou pais para uma viagem escolar.</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar um contato</translation>
    </message>
    <message>
        <source>Write down a call, text or message with a student or family outside school hours.</source>
        <translation>Anote uma ligação, mensagem de texto ou outra mensagem com um aluno ou uma família fora do horário escolar.</translation>
    </message>
    <message>
        <source>Write a memo to file</source>
        <translation>Escrever um memorando para arquivo</translation>
    </message>
    <message>
        <source>Keep a note of a conversation or event that needs documenting.</source>
        <translation>Registre uma conversa ou um fato que precise ser documentado.</translation>
    </message>
    <message>
        <source>Acknowledge this year&apos;s policy</source>
        <translation>Confirmar a política deste ano</translation>
    </message>
    <message>
        <source>Read your district&apos;s policy and confirm you have.</source>
        <translation>Leia a política do seu distrito e confirme que a leu.</translation>
    </message>
    <message>
        <source>For principals and approvers</source>
        <translation>Para diretores e aprovadores</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Revisar pedidos</translation>
    </message>
    <message>
        <source>Approve, deny or return what waits for your decision.</source>
        <translation>Aprove, negue ou devolva o que aguarda a sua decisão.</translation>
    </message>
    <message>
        <source>Building overview</source>
        <translation>Visão geral da escola</translation>
    </message>
    <message>
        <source>See who has acknowledged the policy and what is open this week.</source>
        <translation>Veja quem confirmou a política e o que está em aberto nesta semana.</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Search and export records for a public-records request.</source>
        <translation>Busque e exporte registros para um pedido de acesso a registros públicos.</translation>
    </message>
    <message>
        <source>Your memos</source>
        <translation>Seus memorandos</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MainWindow</name>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About ClearLine</source>
        <translation>&amp;Sobre o ClearLine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>New &amp;memo to file…</source>
        <translation>Novo &amp;memorando para arquivo…</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Seu &amp;perfil…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Edit a policy pack…</source>
        <translation>&amp;Editar um pacote de política…</translation>
    </message>
    <message>
        <source>Your district&apos;s &amp;policy</source>
        <translation>&amp;Política do seu distrito</translation>
    </message>
    <message>
        <source>No district policy is chosen for this profile yet. Your district&apos;s IT staff can set it with: clearline settings set district &lt;pack&gt;</source>
        <translation>Ainda não foi escolhida uma política do distrito para este perfil. A equipe de TI do seu distrito pode defini-la com: clearline settings set district &lt;pack&gt;</translation>
    </message>
    <message>
        <source>The district policy &quot;%1&quot; could not be read, so it is not shown:
%2</source>
        <translation>Não foi possível ler a política do distrito &quot;%1&quot;, então ela não é exibida:
%2</translation>
    </message>
    <message>
        <source>Open a policy pack</source>
        <translation>Abrir um pacote de política</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Pacotes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Pacote de política</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoDialog</name>
    <message>
        <source>&amp;File memo</source>
        <translation>&amp;Arquivar memorando</translation>
    </message>
    <message>
        <source>Memo to file</source>
        <translation>Memorando para arquivo</translation>
    </message>
    <message>
        <source>Memo title</source>
        <translation>Título do memorando</translation>
    </message>
    <message>
        <source>For example: Call with a parent about Saturday&apos;s bus</source>
        <translation>Por exemplo: Ligação com um responsável sobre o ônibus de sábado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>When it was, who it was with (initials are enough), the channel, and what was said.</source>
        <translation>Quando foi, com quem (as iniciais bastam), por qual meio e o que foi dito.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Arquivos anexados</translation>
    </message>
    <message>
        <source>Memo status</source>
        <translation>Status do memorando</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>A&amp;nexar um arquivo…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar rascunho</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;O que aconteceu:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Arquivos:</translation>
    </message>
    <message>
        <source>What you type is kept as a draft until you file it.</source>
        <translation>O que você digitar fica guardado como rascunho até você arquivá-lo.</translation>
    </message>
    <message>
        <source>This is your draft from before. File it when it is ready.</source>
        <translation>Este é o seu rascunho de antes. Arquive-o quando estiver pronto.</translation>
    </message>
    <message>
        <source>Your draft could not be kept: %1</source>
        <translation>Não foi possível guardar seu rascunho: %1</translation>
    </message>
    <message>
        <source>Draft kept.</source>
        <translation>Rascunho guardado.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>The memo was not filed.</source>
        <translation>O memorando não foi arquivado.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoList</name>
    <message>
        <source>You have not written any memos yet.</source>
        <translation>Você ainda não escreveu nenhum memorando.</translation>
    </message>
    <message>
        <source>Your memos</source>
        <translation>Seus memorandos</translation>
    </message>
    <message>
        <source>Draft, not filed yet: %1</source>
        <translation>Rascunho, ainda não arquivado: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>%1, filed %2</source>
        <translation>%1, arquivado em %2</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (corrigido)</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoView</name>
    <message>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>Memo and its history</source>
        <translation>Memorando e seu histórico</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>%1: signed with key %2</source>
        <translation>%1: assinado com a chave %2</translation>
    </message>
    <message>
        <source>Corrected because: %1</source>
        <translation>Motivo da correção: %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2)</source>
        <translation>Anexo: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PackEditor</name>
    <message>
        <source>%1 approves</source>
        <translation>%1 aprova</translation>
    </message>
    <message>
        <source>%1 is notified</source>
        <translation>%1 recebe um aviso</translation>
    </message>
    <message>
        <source>%1 acknowledges</source>
        <translation>%1 confirma o recebimento</translation>
    </message>
    <message>
        <source>, before “%1”</source>
        <translation>, antes de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>, within %n day(s)</source>
        <translation>
            <numerusform>, em até %n dia</numerusform>
            <numerusform>, em até %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy pack editor</source>
        <translation>Editor de pacotes de política</translation>
    </message>
    <message>
        <source>Pack text</source>
        <translation>Texto do pacote</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Preview of the procedures</source>
        <translation>Prévia dos procedimentos</translation>
    </message>
    <message>
        <source>Pack status</source>
        <translation>Status do pacote</translation>
    </message>
    <message>
        <source>Preview for staff</source>
        <translation>Prévia para a equipe</translation>
    </message>
    <message>
        <source>ClearLine could not open %1.</source>
        <translation>O ClearLine não conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>ClearLine could not save %1. Save it under another name.</source>
        <translation>O ClearLine não conseguiu salvar %1. Salve-o com outro nome.</translation>
    </message>
    <message>
        <source>%1 — Policy pack editor</source>
        <translation>%1 — Editor de pacotes de política</translation>
    </message>
    <message>
        <source>pack.yaml</source>
        <translation>pack.yaml</translation>
    </message>
    <message>
        <source>Valid: %1, %2 clauses, %3 rules, %4 procedures. Not signed (draft).</source>
        <translation>Válido: %1, %2 cláusulas, %3 regras, %4 procedimentos. Não assinado (rascunho).</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s): the pack would be refused. Double-click one to go to it.</source>
        <translation>
            <numerusform>%n erro: o pacote seria recusado. Clique duas vezes nele para ir até a linha dele.</numerusform>
            <numerusform>%n erros: o pacote seria recusado. Clique duas vezes em um deles para ir até a linha dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Informações pedidas</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obrigatório)</translation>
    </message>
    <message>
        <source>The person confirms</source>
        <translation>A pessoa confirma</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>, and at the same time </source>
        <translation>, e ao mesmo tempo </translation>
    </message>
    <message>
        <source>Kept as a record; nobody needs to approve it.</source>
        <translation>Fica guardado como registro; ninguém precisa aprová-lo.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PassphrasePrompt</name>
    <message>
        <source>Your passphrase</source>
        <translation>Sua frase secreta</translation>
    </message>
    <message>
        <source>This computer has no key store, so your signing key will be kept in a file protected by a passphrase.
Choose a passphrase of at least 8 characters that you will remember:</source>
        <translation>Este computador não tem um chaveiro, então sua chave de assinatura será guardada em um arquivo protegido por uma frase secreta.
Escolha uma frase secreta de pelo menos 8 caracteres da qual você vá se lembrar:</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Digite a mesma frase secreta de novo:</translation>
    </message>
    <message>
        <source>The two passphrases were not the same. Try again.</source>
        <translation>As duas frases secretas não são iguais. Tente de novo.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your signing key:</source>
        <translation>Digite a frase secreta que protege sua chave de assinatura:</translation>
    </message>
    <message>
        <source>That passphrase was not right. Try again:</source>
        <translation>Essa frase secreta não está correta. Tente de novo:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PolicyViewer</name>
    <message>
        <source>District policy</source>
        <translation>Política do distrito</translation>
    </message>
    <message>
        <source>Search the policy</source>
        <translation>Pesquisar na política</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ProfileDialog</name>
    <message>
        <source>Check my records again</source>
        <translation>Verificar meus registros de novo</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Seu perfil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Funções:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nenhuma informada</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Impressão digital da chave</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Impressão digital da chave:</translation>
    </message>
    <message>
        <source>Your key is kept:</source>
        <translation>Sua chave fica guardada:</translation>
    </message>
    <message>
        <source>in this computer&apos;s key store</source>
        <translation>no chaveiro deste computador</translation>
    </message>
    <message>
        <source>in your profile folder, protected by your passphrase</source>
        <translation>na pasta do seu perfil, protegida pela sua frase secreta</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Records check</source>
        <translation>Verificação dos registros</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Your records are not open.</source>
        <translation>Seus registros não estão abertos.</translation>
    </message>
    <message>
        <source>Checking every signature…</source>
        <translation>Verificando cada assinatura…</translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) check out: every signature and link is intact.</source>
        <translation>
            <numerusform>%n registro conferido: a assinatura e os elos estão intactos.</numerusform>
            <numerusform>Todos os %n registros conferidos: todas as assinaturas e todos os elos estão intactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something is wrong with your records: %1%2. Ask your IT staff to look at them before you file more.</source>
        <translation>Algo está errado nos seus registros: %1%2. Peça à equipe de TI para verificá-los antes de arquivar mais.</translation>
    </message>
    <message>
        <source>revision %1: </source>
        <translation>versão %1: </translation>
    </message>
    <message>
        <source>You have no records yet.</source>
        <translation>Você ainda não tem registros.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SettingsDialog</name>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SetupDialog</name>
    <message>
        <source>Create my profile</source>
        <translation>Criar meu perfil</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Digite seu nome.</translation>
    </message>
    <message>
        <source>Type your district e-mail address, like name@yourdistrict.org.</source>
        <translation>Digite seu endereço de e-mail do distrito, como nome@seudistrito.org.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::TaskCard</name>
    <message>
        <source>Not available yet: this comes in a later version of ClearLine.</source>
        <translation>Ainda não disponível: virá em uma versão futura do ClearLine.</translation>
    </message>
    <message>
        <source>Press Enter or click to start</source>
        <translation>Pressione Enter ou clique para começar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ClearLine cannot start</source>
        <translation>O ClearLine não pode ser iniciado</translation>
    </message>
</context>
</TS>
