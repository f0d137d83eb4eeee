// QR code of a health-insurance card number, as printed on the card, for reception scanners.
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';

export function CardQr({ cardNumber, size = 128 }: { cardNumber: string; size?: number }) {
  const { t } = useTranslation();
  return (
    <figure className="card-qr" data-testid="card-qr">
      <QRCodeSVG
        value={cardNumber}
        size={size}
        level="M"
        marginSize={2}
        title={t('enrolment.card.qrTitle', { number: cardNumber })}
      />
      <figcaption className="tabular">{cardNumber}</figcaption>
    </figure>
  );
}
