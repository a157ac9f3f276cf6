/**
 * The chosen stack's floor for the bench's `pane.floor_ms`: the smallest page that does what the pane's
 * first render does with React and Fluent UI and nothing of ours — a provider with the Office theme, a
 * title, a tab list, a message bar, the 14 units of the sample in a list and a button — built the way the
 * pane is (production React, minified) and loaded cold the same way. The pane's first check can be no
 * faster than this on the same machine; `pane.ratio_floor` is the pane over it.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';

const UNITS = Array.from({ length: 14 }, (_, i) => `Đơn vị ${String(i + 1).padStart(2, '0')}`);

function Floor() {
  useEffect(() => {
    performance.mark('floor:rendered');
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Text as="h1" weight="semibold" size={400}>
        Thi đua
      </Text>
      <TabList defaultSelectedValue="check">
        <Tab value="check">Kiểm tra</Tab>
        <Tab value="rank">Xếp hạng</Tab>
      </TabList>
      <MessageBar intent="success">
        <MessageBarBody>{`${UNITS.length} đơn vị, không có lỗi`}</MessageBarBody>
      </MessageBar>
      <ul>
        {UNITS.map((u) => (
          <li key={u}>{u}</li>
        ))}
      </ul>
      <Button appearance="primary">Xếp hạng</Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Floor />);
