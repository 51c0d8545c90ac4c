// A local stand-in for GOV.UK Notify, for staging and trying the portal out:
//   npm run notify:stand-in            prints the settings to start the portal with
// It keeps messages in memory and lists them at <url>/_stand-in/messages.
import { portalTemplates, startNotifyStandIn } from '../src/notify/stand-in.ts';

const apiKey = process.env.NOTIFY_API_KEY ?? 'stand_in-11111111-1111-4111-8111-111111111111-22222222-2222-4222-8222-222222222222';
const ids = {
  ackEmail: '00000000-0000-4000-8000-00000000a001',
  ackSms: '00000000-0000-4000-8000-00000000a002',
  updateEmail: '00000000-0000-4000-8000-00000000a003',
  updateSms: '00000000-0000-4000-8000-00000000a004',
};
const standIn = await startNotifyStandIn({ apiKey, templates: portalTemplates(ids), port: Number(process.env.STAND_IN_PORT ?? 4330) });
process.stdout.write(`Notify stand-in at ${standIn.url}. Start the portal with:\n\n`);
process.stdout.write(`NOTIFY_API_KEY=${apiKey} NOTIFY_BASE_URL=${standIn.url} NOTIFY_TEMPLATE_ACK_EMAIL=${ids.ackEmail} NOTIFY_TEMPLATE_ACK_SMS=${ids.ackSms} NOTIFY_TEMPLATE_UPDATE_EMAIL=${ids.updateEmail} NOTIFY_TEMPLATE_UPDATE_SMS=${ids.updateSms} npm start\n\n`);
process.stdout.write(`Messages sent: ${standIn.url}/_stand-in/messages\n`);
