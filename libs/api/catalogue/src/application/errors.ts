import { ConflictException, HttpException, NotFoundException, ServiceUnavailableException, UnprocessableEntityException } from '@nestjs/common';

type Texts = { de: string; en: string };
const error = (Exception: new (body: object) => HttpException, code: string, message: Texts) => new Exception({ code, message });

/** Domain errors of the catalogue with a stable code and texts in both languages (docs/catalogue.md). */
export const CatalogueErrors = {
  offerNotFound: () => error(NotFoundException, 'offer-not-found', { de: 'Dieses Angebot gibt es nicht.', en: 'This offer does not exist.' }),
  organisationNotFound: () => error(NotFoundException, 'organisation-not-found', { de: 'Diese Organisation gibt es nicht.', en: 'This organisation does not exist.' }),
  partnerNotFound: () => error(NotFoundException, 'partner-not-found', { de: 'Diese Partnerorganisation gibt es nicht.', en: 'This partner organisation does not exist.' }),
  partnerInUse: () =>
    error(ConflictException, 'partner-in-use', {
      de: 'Diese Partnerorganisation ist noch bei Angeboten eingetragen. Bitte dort zuerst entfernen.',
      en: 'This partner organisation is still named on offers. Please remove it there first.',
    }),
  partnerExists: () => error(ConflictException, 'partner-exists', { de: 'Eine Partnerorganisation mit dieser Kennung gibt es schon.', en: 'A partner organisation with this identifier exists already.' }),
  offerExists: () => error(ConflictException, 'offer-exists', { de: 'Ein Angebot mit dieser Kennung gibt es schon.', en: 'An offer with this identifier exists already.' }),
  offerLocked: (status: string) =>
    error(ConflictException, 'offer-locked', {
      de: status === 'submitted' ? 'Das Angebot liegt zur Prüfung vor und kann gerade nicht bearbeitet werden. Ziehen Sie die Einreichung zurück, um es zu ändern.' : 'Archivierte Angebote können nicht bearbeitet werden. Bitte zuerst wieder öffnen.',
      en: status === 'submitted' ? 'The offer is under review and cannot be edited now. Withdraw the submission to change it.' : 'Archived offers cannot be edited. Please reopen it first.',
    }),
  transitionRefused: (action: string, status: string) =>
    error(ConflictException, 'transition-refused', {
      de: `Das geht im Status „${statusNames.de[status] ?? status}“ nicht (${actionNames.de[action] ?? action}).`,
      en: `Not possible while the offer is ${statusNames.en[status] ?? status} (${actionNames.en[action] ?? action}).`,
    }),
  notDeletable: () =>
    error(ConflictException, 'offer-not-deletable', {
      de: 'Nur Entwürfe, die nie veröffentlicht waren, können gelöscht werden. Veröffentlichte Angebote bitte archivieren.',
      en: 'Only drafts that were never published can be deleted. Please archive published offers.',
    }),
  incomplete: () =>
    error(UnprocessableEntityException, 'offer-incomplete', {
      de: 'Zum Veröffentlichen fehlen noch Angaben.',
      en: 'Some details are still missing for publishing.',
    }),
  noParent: () =>
    error(ConflictException, 'no-parent', {
      de: 'Eine Prüfung durch den Dachverband geht nur, wenn Ihre Organisation einem Dachverband zugeordnet ist.',
      en: 'Review by an umbrella organisation needs your organisation to belong to one.',
    }),
  importNotFound: () => error(NotFoundException, 'import-not-found', { de: 'Diesen Import gibt es nicht.', en: 'This import does not exist.' }),
  importNotCommittable: () =>
    error(ConflictException, 'import-not-committable', {
      de: 'Übernehmen lässt sich nur ein erfolgreicher Probelauf, dessen Datei noch vorliegt.',
      en: 'Only a successful dry run whose file is still there can be committed.',
    }),
  queueUnavailable: () =>
    error(ServiceUnavailableException, 'queue-unavailable', {
      de: 'Der Import konnte gerade nicht gestartet werden. Bitte versuchen Sie es in einigen Minuten erneut.',
      en: 'The import could not be started right now. Please try again in a few minutes.',
    }),
};

const statusNames: Record<'de' | 'en', Record<string, string>> = {
  de: { draft: 'Entwurf', submitted: 'eingereicht', published: 'veröffentlicht', past: 'abgelaufen', archived: 'archiviert' },
  en: { draft: 'a draft', submitted: 'submitted', published: 'published', past: 'past', archived: 'archived' },
};
const actionNames: Record<'de' | 'en', Record<string, string>> = {
  de: { submit: 'einreichen', withdraw: 'zurückziehen', approve: 'freigeben', return: 'zurückgeben', archive: 'archivieren', reopen: 'wieder öffnen' },
  en: { submit: 'submit', withdraw: 'withdraw', approve: 'approve', return: 'return', archive: 'archive', reopen: 'reopen' },
};
